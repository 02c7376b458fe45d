/** Companies' legal forms (see LEGAL_FORM). */
/**
 * Legal forms written after a company's name, dotted or not ("S.A.", "S.A.P.I. de C.V.", "Pte. Ltd.", "GmbH", "SpA"):
 * part of the name, never its end cut off ("Banco Andino de Fomento S" of "… S.A.").
 */
export const LEGAL_FORM = String.raw`(?:S\.A\.[PB]\.I?\.?(?: de C\.V\.)?|S\.A\.S\.|S\.A\.(?: de C\.V\.)?|S\.p\.A\.|S\.r\.l\.|S\.L\.U?\.|S\.C\.M\.|N\.V\.|B\.V\.|Pte\.? Ltd\.?|Pty\.? Ltd\.?|Co\.,? Ltd\.?|Ltd\.|Inc\.|Corp\.|Ltda\.|GmbH & Co\.? KG|gGmbH|GmbH|KGaA|AG|plc|PLC|LLC|LLP|SpA|SAS|SARL|Srl|SRL|SL|NV|BV|A\/S|AB|Oyj|Oy|ASA|SA|KG|Ltd|Inc|Corp|Ltda)(?![\p{L}\p{N}&])`;
export const LEGAL_FORM_AT = new RegExp(`^${LEGAL_FORM}`, 'u');
// (after a comma, a form with a dot or of three letters or more: "Pagaloop Holdings, Inc."; "Loire, SA d'HLM" lists)
export const LEGAL_FORM_AFTER = new RegExp(`^(?: ${LEGAL_FORM}|, (?=\\S*\\.|\\S{3,})${LEGAL_FORM})`, 'u');
/** A name that ends in its legal form ("Credibanco S.A.", "Pagaloop México, S.A.P.I. de C.V."): the match is the form. */
export const LEGAL_FORM_END = new RegExp(`(?: ${LEGAL_FORM}|, (?=\\S*\\.|\\S{3,})${LEGAL_FORM})$`, 'u');
