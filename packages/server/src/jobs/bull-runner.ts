import { OsmoseError } from '@osmose/core';
import type { CoreFacade } from '../core-facade.js';
import type { JobRunner } from './runner.js';

export async function openBullRunner(_url: string, _facade: CoreFacade): Promise<JobRunner> {
  throw new OsmoseError('OSM_CONFIG_INVALID', 'The BullMQ queue is not available in this build yet.');
}
