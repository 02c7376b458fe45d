/**
 * Public bodies, regulators, standards organisations and international institutions that decks name by their
 * acronym alone ("FCA", "BaFin", "ANEEL", "NIST"): an organisation, whatever its expansion (often never written).
 * Written as they are spelled; acronyms that are as often something else are left out ("CMS", "ICO", "HSE", "SAT",
 * "API", "IMO", "NICE", "HAS").
 */
export const PUBLIC_BODIES = new Set(
  `DoD DOD DoE DOE DoJ DOJ DHS HHS NASA FBI CIA NSA EPA FDA NIH NSF CDC OMB GAO FTC FCC IRS GSA USDA SEC FINRA OCC FDIC
CFPB FERC NERC NHTSA FAA OSHA NOAA USPTO FEMA CISA NRC NTSB HUD SBA NIST OWASP
FCA PRA CMA Ofgem Ofwat Ofcom Ofsted MHRA HMRC NCSC DWI CQC ONS NHS DfE DfT DESNZ BEIS DEFRA Defra UKRI EPSRC
EBA ESMA EIOPA EMA EFSA ECHA EASA ENTSO-E ENTSOG ACER EIB EDPB EDPS ECB ENISA
BaFin BNetzA BSI BMWK BMF BMBF BfArM KBA TÜV DAkkS DGUV KfW
AMF ACPR CNIL ANSSI ARCEP ADEME ANSM INSEE AFD Bpifrance
CNMV CNMC AEPD MITECO IDAE AEMET
CONSOB IVASS ARERA AGCM AgID ISTAT ANAC
ANEEL ANVISA ANATEL ANP CVM BCB SUSEP IBAMA CADE BNDES INMETRO ERSE ERSAR
AFM DNB ACM RVO RIVM NZa KNMI
CNBV Banxico CONDUSEF CFE PEMEX CONAGUA SEMARNAT SERNAGEOMIN COCHILCO CMF BCRA
MAS ASIC APRA ACCC AEMO AER ACMA RBA OAIC RBI SEBI IRDAI TRAI HKMA PBOC CSRC MPA IMDA PDPC
OSFI CRTC FINTRAC CMHC
ISO IEC IEEE ETSI ASTM ANSI ASME NFPA ITU W3C IETF ICANN AFNOR CENELEC ABNT IATA ICAO
OECD IMF NATO UNESCO UNICEF WHO UN EU ILO WTO BIS FSB IOSCO IAIS FATF BCBS IEA IRENA IPCC WMO IAEA WFP UNDP UNEP
OPEC APEC ASEAN ICRC IFRC WEF IFC MIGA ADB AfDB EBRD AIIB UNHCR FAO IFAD IASB ISSB
ONU UE OCDE OCSE FMI BCE CEPAL GAFI GAFILAT UIF UAF UIAF DGA CEN BRGM JBIC NEXI ISPE CDER CBER HPRA NESO JNCC CNMI
ZDHC ACSC CSA ENTSO Ofqual OfS UKHSA
UKAS HMICFRS HMCTS HMPPS DVLA DVSA ORR RSSB EHRC ICAEW ACCA CIPD RICS IMechE SIPTU TUC
USACE USGS DARPA TSA PHMSA FHWA BSEE BOEM USCIS AHRQ HRSA SAMHSA ONC NCI AUSTRAC TGA ATSB CSIRO ASIO ARPANSA DEMIRS
BAFA BKA BfDI UBA BAuA PTB VDE VDI DKE IQWiG BfR BVL
ANRU CEREMA ONF DRAAF DREAL DDTM DRAC DGFiP URSSAF DGAC IRSN INRAE CNRS
AEAT AESAN AEMPS AENOR ADIF AENA INAIL INPS ENEA AGCOM ANPD ANTT BACEN CETESB ARSESP NVWA RDW UWV NEN LVVN
IMSS COFEPRIS PROFECO SHCP SENER CNSF SADER FIRA CORFO DIAN CREG
WIPO UNIDO UNCTAD UNFCCC IUCN WWF GRI SASB TCFD TNFD SBTi IFAC ISACA IAPP MITRE CERN EMSA EUIPO EFRAG ESRB JRC
ASHRAE FSC PEFC LWG GWO DNV SGS
PSR HESA ESRC AHRC BBSRC STFC MRC NIHR INAO ANAP METI OFAC GS1 RINA FESBAL DFES FranceAgriMer ICMM ANCOLD COFRAC ANCT USAC
MS-ISAC Jisc
NHMRC ARDC AEMC AIHW TEQSA ASQA ACNC AFP IPART DCCEEW
DHSC MHCLG DLUHC DSIT DCMS DWP MoJ MoD HMT FRC PPF NAO HMLR NHSE NHSEI
G-BA InEK KBV KZBV DKG BMG BMJ BMAS BMDV BMUV BMEL BMWSB BAMF BZSt BSH BfS BfN BBSR LfDI DStGB
DGOS DREES CNAM CNSA ANS OFB SGAR DINUM DGCL DGALN HCERES ANR ARCOM DGCCRF DGDDI INPI CNAF DGEFP
CGPJ CENDOJ SEPE INSS TGSS DGT IGAE AIReF CDTI SEPI FEGA MITMA SESCAM SERGAS
GSE MIMIT MEF MUR MIM MASE ACN ISPRA CNR Invitalia SACE Consip ANCI
SPMS DGS ACSS INEM ANACOM CMVM IAPMEI AICEP IMT ASAE DGES IHRU AIMA
RFB SEFAZ CGIBS MME SERPRO DATAPREV PGFN STF STJ TCU CGU
ILT SVB DUO KvK VNG BZK EZK OCW VWS SZW Logius ICTU
ESA ESAs AMLA ABES CINES Hcéres Tracfin AGENAS AIFA SERNAC CENACE CRE SEPBLAC INE CNCS EDÖB FINMA gematik IGJ NRCan ECCC
Embrapa CONAMA`.split(/\s+/),
);

/**
 * Companies decks name as the firm, not its product: consultancies, auditors, certification bodies, manufacturers,
 * utilities, operators and payers ("Deloitte", "Bureau Veritas", "Alstom", "Stedin", "Humana"). Not the software
 * makers whose name is as often their product ("SAP", "Oracle", "Salesforce", "Epic", "ServiceNow"), nor a word or a
 * place of some language ("Meta", "Orange", "Zurich", "Suez").
 */
export const KNOWN_COMPANIES = new Set([
  'Accenture',
  'Deloitte',
  'PwC',
  'KPMG',
  'EY',
  'McKinsey',
  'BCG',
  'Capgemini',
  'Atos',
  'Sopra Steria',
  'Bureau Veritas',
  'Intertek',
  'Dekra',
  'DEKRA',
  'TÜV SÜD',
  'TÜV Rheinland',
  'TÜV Nord',
  'Lloyd’s Register',
  "Lloyd's Register",
  'Microsoft',
  'Alphabet',
  'IBM',
  'Siemens',
  'Siemens Energy',
  'Siemens Healthineers',
  'Schneider Electric',
  'ABB',
  'Bosch',
  'Nokia',
  'Ericsson',
  'Huawei',
  'ZTE',
  'Cisco',
  'Alstom',
  'Thales',
  'Airbus',
  'Boeing',
  'Embraer',
  'Veolia',
  'Engie',
  'EDF',
  'Enel',
  'Iberdrola',
  'Endesa',
  'Naturgy',
  'E.ON',
  'RWE',
  'EnBW',
  'Vattenfall',
  'Eneco',
  'Essent',
  'Stedin',
  'Liander',
  'Enexis',
  'TenneT',
  'Vodafone',
  'Telefónica',
  'Deutsche Telekom',
  'KPN',
  'Proximus',
  'Swisscom',
  'Humana',
  'UnitedHealthcare',
  'Aetna',
  'Cigna',
  'Elevance Health',
  'Optum',
  'Waystar',
  'Allianz',
  'AXA',
  'Generali',
  'Mapfre',
  'Munich Re',
  'Swiss Re',
  'Ecoembes',
  'Ecovidrio',
  'CITEO',
  'Citeo',
  'BITMARCK',
  'Nictiz',
  'ChipSoft',
  'Z-Index',
]);
