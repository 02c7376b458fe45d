/** The folder row: ten corpus decks, about 500 slides (MANIFEST.tsv slide counts in the comments). */
export const TEN_DECKS = [
  'apache__poi/stress021.pptx', // 41
  'PowerPointLabs__PowerPointLabs/AutoAnimate.pptx', // 42
  'PowerPointLabs__PowerPointLabs/ZoomToArea.pptx', // 45
  'apache__poi/stress022.pptx', // 45
  'apache__poi/customGeo.pptx', // 48
  'PowerPointLabs__PowerPointLabs/SyncLab.pptx', // 48
  'apache__poi/2411-Performance_Up.pptx', // 48
  'OWASP__ASVS/MyDevSecOps Jan 2020 Webinar - ASVS.pptx', // 55
  'Arshtyi__Advanced-Programming-in-High-Level-Languages/第1章.pptx', // 63
  'Arshtyi__Advanced-Programming-in-High-Level-Languages/第10章.pptx', // 101
];
