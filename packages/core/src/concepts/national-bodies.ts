/**
 * National and international bodies that decks name by their acronym alone ("HIQA", "ENACOM", "ANPG", "INAMI"), by
 * the languages of the decks that name them so: an acronym is read as the body only in a deck of its country's
 * language ("SEIA" is a US industry body in English and Chile's environmental assessment system in Spanish; "WKO" an
 * Austrian chamber in German and a Dutch heat store in Dutch). Regulators, supervisors, central banks, ministries,
 * national agencies, exchanges, standards bodies, state companies, federations and unions of 26 countries and the
 * Union (compiled on 2026-12-05 from a reviewer's knowledge of them; acronyms that are a word of a language read here,
 * or that decks write for something else as often, left out: "ONS", "CMS", "HSE", "ERC", "EIC", "DPC", "CAA" and "BRC"
 * for their standards, "SSM" and "ESM" for software, "TPR" and "SMV" for a rate and a wage, "SFO" and "SRB" for codes). The bodies
 * known whatever the language are in public-bodies.ts.
 */
const BY_LANGUAGES: [string, string][] = [
  // the Union's and international bodies, in any language
  [
    '*',
    `BEREC CEFIC CJEU ECDC ECJ ECLAC ECOFIN ECOWAS EEAS EFPIA EFTA EIF EPPO ESCB  ETUC EURATOM GSMA IAASB IBRD
ICSID IDB IIF MERCOSUR NGFS OLAF OPEP OSCE OTAN PAHO   UNECE UNWTO WCO`,
  ],
  // English-speaking countries (UK, Ireland, US, Australia, New Zealand, India, Singapore, South Africa; Ontario)
  [
    'en',
    `A*STAR AARP ABPI ABTA ACCI ACRA ACTU AFCA AFL-CIO AGSA AHIP AHPRA AICD AICPA AICTE AMFI ANAO ARPA-E ASISA
ASSOCHAM ASX Acas Austrade BBC BFI BII  BMA BPCL BPFI   BSNL BVCA  CAG CAISO CBDT  CBOE CBOT
CBP CBSE CCCS CCMA CCPC CDSCO CDSL CEFC CERC CERT-In CFIUS CIPC CIPFA COSATU CPIB CWU ComReg DBSA DETE DFAT
DGCA DGFT DMRE DPER DPIIT DRDO DTCC DTIC ECIC EDB EECA EEOC EPFO ERCOT ESIC FASB FCDO FHA FHFA FHLB FHLMC
FICCI FIRB FNMA FOMC FOS FRB FSANZ FSCA FSCS FSRA FSSAI FWC FinCEN GAIL GCHQ GCSB GEPF  GLA  GNMA GPhC
GSTN HCPC HEA HFEA HIQA HPCL  IBBI ICAI ICASA ICMR IESO IFSCA IOCL IRBA IRCTC ISRO Ibec IoD JSE LCBO LCH
LME LSEG MBIE MCX MFAT MINDEF MNRE MSRB MTI MeitY MfE MoEFCC MoHFW NAAC NABARD NAIC NASDAQ NASSCOM NBN NCLT
NCUA NDIA NEDLAC NERSA NFA NFIB NFU NGT NHA NHAI NHSBSA NITI NLRB NPCI NS&I NSAI NSDL NSE NSFAS NSTA NTMA NTPC
NTUC NUMSA NYISO NYMEX NYSE NZCTU NZQA NZTA NZTE NZX OBR OEB ONGC ONR OPG OTPP PCAOB PFRDA PGCIL PHARMAC PHE
PJM PLSA PRASA PhRMA QAA QQI RBNZ RCN RMT SAA SABC SAHPRA SAICA SANRAL SARB SBI SEAI SECI SEIU  SGX SIDBI
SIFMA SMMT TII  TfL TfNSW UAW UCAS UCU UIDAI UKAEA UKEF UKGC UKIPO UKVI USAID USDAW USDOT USEPA USPS USTR
WSIB`,
  ],
  // Canada's federal bodies
  [
    'en fr',
    `BDC CADTH CBSA CDIC CFIA CFIB CIHI CIHR CIRO CNSC CPPIB ESDC FCAC IRCC ISED NSERC PHAC PSAC StatCan TMX TSX`,
  ],
  // France and Québec
  [
    'fr',
    `ADLC AFEP AGIRC-ARRCO ANAH ANDRA ANJ AP-HP ASNR Arcom BdF CDPQ CFDT CFE-CGC CISSS CIUSSS CNAV CNESST CPAM CPME
CSQ EDF FBF FDJ FNSEA FTQ GRDF GRTgaz INRIA INSERM INSPQ MEDEF MSSS RAMQ RATP SAAQ  SNCF U2P UIMM UNSA
Unédic`,
  ],
  // Belgium
  [
    'fr nl',
    `ABVV AFMPS AFSCA BIPT CWaPE FAGG FAVV FGTB GBA IBPT INAMI NBB NMBS ONEM ONSS RIZIV RSZ SNCB STIB UNIZO VDAB
VOKA VREG`,
  ],
  // Luxembourg
  ['fr de', `ABBL ALFI BCEE BCL CSSF FEDIL ILNAS LISER LuxSE OGBL SNCI STATEC UEL`],
  // Switzerland
  [
    'de fr it',
    `BAFU BAKOM BAV BAZG BAZL BFE CFF COMCO ENSI ESTV ElCom FDFA FDPIC FOPH SBB SBFI SBVg SNB SNSF SRG SUVA UVEK
WEKO`,
  ],
  // Germany and Austria
  [
    'de',
    `AOK ASFINAG BDA BDEW BDI BFH BGH BKartA BMAW BMDS BMFTR  BMSGPK BMVg BMWE BMWi BMZ BVR BVerfG BWB BdB DEKRA
DFG DGB DIHK DIW DRV DSGV Destatis EEX EnBW FFG FWF GDV GTAI IG-BCE IHK KommAustria LBBW OeKB OeNB RKI VCI 
VDMA WIFO ZEW ZVEI ÖBB ÖGB ÖGK`,
  ],
  // the Netherlands
  ['nl', `BNG CBG CPB FIOD FNV IenW LNV NVB NWO PGGM RWS TNO VNO-NCW`],
  // Spain, Mexico, Argentina, Colombia, Chile and Peru
  [
    'es',
    `ABIF ADEFA AESA AFIP ANDI ANFAC ANH ANID ANLA ANMAT ARSAT ASBANC Asobancaria AySA BANCOMEXT BCCh BCRP BIVA BME
BMV BVC BYMA BanRep Bancoldex BdE CAMMESA CCOO CChC CENABAST CEOE CEPYME CESCE CNEA CNRT CODELCO COFECE COFIDE
COFIDES CONACYT CONAE CONFIEP CONICET CONSAR COPARMEX CSIC CatSalut Colpensiones DGSFP DIGEMID DIPRES DNP
ENACOM ENAIRE ENAP ENARGAS ENRE EsSalud FNE FOGAFIN FONASA Fasecolda ICBF ICETEX ICEX ICONTEC IFT INAI INCIBE
INDEC INDECOPI INEGI INEI INFONAVIT INVAP INVERCO INVIMA ISSSTE MINCETUR MINSA MINSAL MinTIC NAFIN OEFA OMIE
ORSNA OSINERGMIN OSIPTEL OSITRAN PAMI PETROPERU PROMPERU ProInversión RENFE RENIEC RTVE SAREB SIGEN  SOFOFA
SSPD SUBTEL SUNAFIL SUNARP SUNASS SUNAT SUNEDU UIA UNESPA UPME YPF`,
  ],
  // Portugal, Brazil and Angola
  [
    'pt',
    `ADSE AGT AIPEX ANBIMA ANFAVEA ANPG APREN ARSEG AdC BODIVA BdP CCEE CEMIG CGD CMN CNPq COAF CTT EMBRAPA FCT
FEBRABAN FIESP FINEP FSDEA Fiocruz IBGE IEFP IGAPE IGCP INACOM INFARMED IPEA IPQ IRSEA MDIC PREVIC PRODEL RTP
SABESP SEBRAE SENAI Sonangol TAAG`,
  ],
  // Italy
  ['it', `ACCREDIA ASL CGIL CISL CONSIP COVIP ENEL ENI GME GPDP GdF MIUR SIMEST`],
];

const BODIES = new Map<string, Set<string>>();
for (const [langs, list] of BY_LANGUAGES)
  for (const acr of list.split(/\s+/).filter(Boolean)) BODIES.set(acr, new Set(langs.split(' ')));

/** Whether `acronym` names a national or an international body in a deck written in `lang`. */
export function nationalBody(acronym: string, lang: string): boolean {
  const langs = BODIES.get(acronym);
  return langs !== undefined && (langs.has('*') || langs.has(lang));
}
