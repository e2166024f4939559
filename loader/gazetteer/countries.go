package gazetteer

import (
	"sort"
	"strings"
	"sync"

	"github.com/actorgraph/actorgraph/graph"
)

// Country is one country or territory: its ISO 3166-1 alpha-2 code, the
// short name used to name its node ("China", "North Korea"), other names
// ("People's Republic of China", "PRC") and demonyms or adjectives
// ("Chinese"). Written from general knowledge.
type Country struct {
	Code     string
	Name     string
	Aliases  []string
	Demonyms []string
}

// Node returns the Country node: id graph.NodeID(graph.Country, c.Name),
// the other names as aliases and the code as prop "iso".
func (c Country) Node() graph.Node {
	n := graph.NewNode(graph.Country, c.Name, c.Aliases...)
	n.Props = map[string]string{"iso": c.Code}
	return n
}

// row is "CODE|Name|alias;alias|demonym;demonym".
var countryRows = [...]string{
	"AD|Andorra||Andorran",
	"AE|United Arab Emirates|UAE;Emirates;U.A.E.|Emirati;Emirian",
	"AF|Afghanistan|Islamic Republic of Afghanistan|Afghan",
	"AG|Antigua and Barbuda|Antigua|Antiguan",
	"AI|Anguilla||Anguillan",
	"AL|Albania||Albanian",
	"AM|Armenia||Armenian",
	"AO|Angola||Angolan",
	"AQ|Antarctica||",
	"AR|Argentina|Argentine Republic|Argentine;Argentinian",
	"AS|American Samoa||",
	"AT|Austria||Austrian",
	"AU|Australia|Commonwealth of Australia|Australian",
	"AW|Aruba||Aruban",
	"AX|Åland Islands|Aland Islands|",
	"AZ|Azerbaijan||Azerbaijani;Azeri",
	"BA|Bosnia and Herzegovina|Bosnia|Bosnian",
	"BB|Barbados||Barbadian",
	"BD|Bangladesh||Bangladeshi",
	"BE|Belgium||Belgian",
	"BF|Burkina Faso||Burkinabe",
	"BG|Bulgaria||Bulgarian",
	"BH|Bahrain||Bahraini",
	"BI|Burundi||Burundian",
	"BJ|Benin||Beninese",
	"BL|Saint Barthélemy|Saint Barthelemy|",
	"BM|Bermuda||Bermudian",
	"BN|Brunei|Brunei Darussalam|Bruneian",
	"BO|Bolivia|Plurinational State of Bolivia;Bolivia (Plurinational State of)|Bolivian",
	"BQ|Bonaire, Sint Eustatius and Saba|Caribbean Netherlands|",
	"BR|Brazil|Federative Republic of Brazil|Brazilian",
	"BS|Bahamas|The Bahamas|Bahamian",
	"BT|Bhutan||Bhutanese",
	"BV|Bouvet Island||",
	"BW|Botswana||Botswanan;Motswana",
	"BY|Belarus|Republic of Belarus|Belarusian;Belarussian",
	"BZ|Belize||Belizean",
	"CA|Canada||Canadian",
	"CC|Cocos (Keeling) Islands|Cocos Islands|",
	"CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa;Congo (Democratic Republic of the)|Congolese",
	"CF|Central African Republic||Central African",
	"CG|Republic of the Congo|Congo;Congo-Brazzaville|",
	"CH|Switzerland|Swiss Confederation|Swiss",
	"CI|Côte d'Ivoire|Ivory Coast;Cote d'Ivoire|Ivorian",
	"CK|Cook Islands||",
	"CL|Chile||Chilean",
	"CM|Cameroon||Cameroonian",
	"CN|China|People's Republic of China;PRC;P.R.C.;Mainland China|Chinese",
	"CO|Colombia||Colombian",
	"CR|Costa Rica||Costa Rican",
	"CU|Cuba||Cuban",
	"CV|Cabo Verde|Cape Verde|Cape Verdean",
	"CW|Curaçao|Curacao|",
	"CX|Christmas Island||",
	"CY|Cyprus||Cypriot",
	"CZ|Czechia|Czech Republic|Czech",
	"DE|Germany|Federal Republic of Germany|German",
	"DJ|Djibouti||Djiboutian",
	"DK|Denmark||Danish",
	"DM|Dominica||Dominican",
	"DO|Dominican Republic||",
	"DZ|Algeria||Algerian",
	"EC|Ecuador||Ecuadorian",
	"EE|Estonia||Estonian",
	"EG|Egypt||Egyptian",
	"EH|Western Sahara||Sahrawi",
	"ER|Eritrea||Eritrean",
	"ES|Spain|Kingdom of Spain|Spanish",
	"ET|Ethiopia||Ethiopian",
	"FI|Finland||Finnish",
	"FJ|Fiji||Fijian",
	"FK|Falkland Islands|Falklands|",
	"FM|Micronesia|Federated States of Micronesia|Micronesian",
	"FO|Faroe Islands||Faroese",
	"FR|France|French Republic|French",
	"GA|Gabon||Gabonese",
	"GB|United Kingdom|UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British",
	"GD|Grenada||Grenadian",
	"GE|Georgia||Georgian",
	"GF|French Guiana||",
	"GG|Guernsey||",
	"GH|Ghana||Ghanaian",
	"GI|Gibraltar||",
	"GL|Greenland||Greenlandic",
	"GM|Gambia|The Gambia|Gambian",
	"GN|Guinea||Guinean",
	"GP|Guadeloupe||",
	"GQ|Equatorial Guinea||Equatoguinean",
	"GR|Greece||Greek",
	"GS|South Georgia and the South Sandwich Islands||",
	"GT|Guatemala||Guatemalan",
	"GU|Guam||",
	"GW|Guinea-Bissau||",
	"GY|Guyana||Guyanese",
	"HK|Hong Kong||Hongkonger",
	"HM|Heard Island and McDonald Islands||",
	"HN|Honduras||Honduran",
	"HR|Croatia||Croatian",
	"HT|Haiti||Haitian",
	"HU|Hungary||Hungarian",
	"ID|Indonesia||Indonesian",
	"IE|Ireland|Republic of Ireland|Irish",
	"IL|Israel|State of Israel|Israeli",
	"IM|Isle of Man||Manx",
	"IN|India|Republic of India|Indian",
	"IO|British Indian Ocean Territory||",
	"IQ|Iraq||Iraqi",
	"IR|Iran|Islamic Republic of Iran;Iran (Islamic Republic of);Persia|Iranian;Persian",
	"IS|Iceland||Icelandic",
	"IT|Italy|Italian Republic|Italian",
	"JE|Jersey||",
	"JM|Jamaica||Jamaican",
	"JO|Jordan|Hashemite Kingdom of Jordan|Jordanian",
	"JP|Japan||Japanese",
	"KE|Kenya||Kenyan",
	"KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz;Kyrgyzstani",
	"KH|Cambodia|Kingdom of Cambodia;Kampuchea|Cambodian;Khmer",
	"KI|Kiribati||",
	"KM|Comoros||Comorian",
	"KN|Saint Kitts and Nevis||",
	"KP|North Korea|Democratic People's Republic of Korea;DPRK;D.P.R.K.;Korea (Democratic People's Republic of)|North Korean",
	"KR|South Korea|Republic of Korea;ROK;Korea (Republic of);Korea|South Korean;Korean",
	"KW|Kuwait||Kuwaiti",
	"KY|Cayman Islands||Caymanian",
	"KZ|Kazakhstan||Kazakh;Kazakhstani",
	"LA|Laos|Lao People's Democratic Republic;Lao PDR|Laotian;Lao",
	"LB|Lebanon||Lebanese",
	"LC|Saint Lucia||Saint Lucian",
	"LI|Liechtenstein||",
	"LK|Sri Lanka||Sri Lankan",
	"LR|Liberia||Liberian",
	"LS|Lesotho||Basotho",
	"LT|Lithuania||Lithuanian",
	"LU|Luxembourg||Luxembourgish",
	"LV|Latvia||Latvian",
	"LY|Libya||Libyan",
	"MA|Morocco||Moroccan",
	"MC|Monaco||Monegasque",
	"MD|Moldova|Republic of Moldova;Moldova (Republic of)|Moldovan",
	"ME|Montenegro||Montenegrin",
	"MF|Saint Martin||",
	"MG|Madagascar||Malagasy",
	"MH|Marshall Islands||Marshallese",
	"MK|North Macedonia|Macedonia|Macedonian",
	"ML|Mali||Malian",
	"MM|Myanmar|Burma|Burmese;Myanmar",
	"MN|Mongolia||Mongolian",
	"MO|Macao|Macau|Macanese",
	"MP|Northern Mariana Islands||",
	"MQ|Martinique||",
	"MR|Mauritania||Mauritanian",
	"MS|Montserrat||",
	"MT|Malta||Maltese",
	"MU|Mauritius||Mauritian",
	"MV|Maldives||Maldivian",
	"MW|Malawi||Malawian",
	"MX|Mexico|United Mexican States|Mexican",
	"MY|Malaysia||Malaysian",
	"MZ|Mozambique||Mozambican",
	"NA|Namibia||Namibian",
	"NC|New Caledonia||",
	"NE|Niger||Nigerien",
	"NF|Norfolk Island||",
	"NG|Nigeria||Nigerian",
	"NI|Nicaragua||Nicaraguan",
	"NL|Netherlands|The Netherlands;Holland|Dutch",
	"NO|Norway||Norwegian",
	"NP|Nepal||Nepalese;Nepali",
	"NR|Nauru||Nauruan",
	"NU|Niue||",
	"NZ|New Zealand||New Zealander",
	"OM|Oman||Omani",
	"PA|Panama||Panamanian",
	"PE|Peru||Peruvian",
	"PF|French Polynesia||",
	"PG|Papua New Guinea||Papua New Guinean",
	"PH|Philippines|The Philippines|Filipino;Philippine",
	"PK|Pakistan||Pakistani",
	"PL|Poland||Polish",
	"PM|Saint Pierre and Miquelon||",
	"PN|Pitcairn Islands|Pitcairn|",
	"PR|Puerto Rico||Puerto Rican",
	"PS|Palestine|State of Palestine;Palestinian Territories;Palestine, State of|Palestinian",
	"PT|Portugal||Portuguese",
	"PW|Palau||Palauan",
	"PY|Paraguay||Paraguayan",
	"QA|Qatar||Qatari",
	"RE|Réunion|Reunion|",
	"RO|Romania||Romanian",
	"RS|Serbia||Serbian",
	"RU|Russia|Russian Federation|Russian",
	"RW|Rwanda||Rwandan",
	"SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian",
	"SB|Solomon Islands||",
	"SC|Seychelles||Seychellois",
	"SD|Sudan||Sudanese",
	"SE|Sweden||Swedish",
	"SG|Singapore||Singaporean",
	"SH|Saint Helena||",
	"SI|Slovenia||Slovenian;Slovene",
	"SJ|Svalbard and Jan Mayen||",
	"SK|Slovakia|Slovak Republic|Slovak",
	"SL|Sierra Leone||Sierra Leonean",
	"SM|San Marino||Sammarinese",
	"SN|Senegal||Senegalese",
	"SO|Somalia||Somali",
	"SR|Suriname||Surinamese",
	"SS|South Sudan||South Sudanese",
	"ST|São Tomé and Príncipe|Sao Tome and Principe|",
	"SV|El Salvador||Salvadoran",
	"SX|Sint Maarten||",
	"SY|Syria|Syrian Arab Republic|Syrian",
	"SZ|Eswatini|Swaziland|Swazi",
	"TC|Turks and Caicos Islands||",
	"TD|Chad||Chadian",
	"TF|French Southern Territories||",
	"TG|Togo||Togolese",
	"TH|Thailand||Thai",
	"TJ|Tajikistan||Tajik",
	"TK|Tokelau||",
	"TL|Timor-Leste|East Timor|Timorese",
	"TM|Turkmenistan||Turkmen",
	"TN|Tunisia||Tunisian",
	"TO|Tonga||Tongan",
	"TR|Turkey|Türkiye;Turkiye|Turkish",
	"TT|Trinidad and Tobago||Trinidadian",
	"TV|Tuvalu||Tuvaluan",
	"TW|Taiwan|Republic of China;Taiwan, Province of China|Taiwanese",
	"TZ|Tanzania|United Republic of Tanzania|Tanzanian",
	"UA|Ukraine||Ukrainian",
	"UG|Uganda||Ugandan",
	"UM|United States Minor Outlying Islands||",
	"US|United States|United States of America;USA;U.S.A.;U.S.;US;America|American",
	"UY|Uruguay||Uruguayan",
	"UZ|Uzbekistan||Uzbek",
	"VA|Vatican City|Holy See;Vatican|",
	"VC|Saint Vincent and the Grenadines||",
	"VE|Venezuela|Bolivarian Republic of Venezuela;Venezuela (Bolivarian Republic of)|Venezuelan",
	"VG|British Virgin Islands||",
	"VI|United States Virgin Islands|U.S. Virgin Islands|",
	"VN|Vietnam|Viet Nam|Vietnamese",
	"VU|Vanuatu||",
	"WF|Wallis and Futuna||",
	"WS|Samoa||Samoan",
	"YE|Yemen||Yemeni",
	"YT|Mayotte||",
	"ZA|South Africa|Republic of South Africa|South African",
	"ZM|Zambia||Zambian",
	"ZW|Zimbabwe||Zimbabwean",
	"XK|Kosovo||Kosovar",
}

type countryIndex struct {
	list   []Country
	byCode map[string]int
	byName map[string]int // lookupKey of name, alias or demonym
}

// countries is built once; the index is never changed afterwards.
var countries = sync.OnceValue(func() countryIndex {
	idx := countryIndex{byCode: map[string]int{}, byName: map[string]int{}}
	split := func(s string) []string {
		if s == "" {
			return nil
		}
		return strings.Split(s, ";")
	}
	for _, row := range countryRows {
		f := strings.Split(row, "|")
		c := Country{Code: f[0], Name: f[1], Aliases: split(f[2]), Demonyms: split(f[3])}
		idx.list = append(idx.list, c)
	}
	sort.Slice(idx.list, func(i, j int) bool { return idx.list[i].Code < idx.list[j].Code })
	for i, c := range idx.list {
		idx.byCode[c.Code] = i
		// Names first so that a demonym never shadows a name.
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			if _, ok := idx.byName[lookupKey(n)]; !ok {
				idx.byName[lookupKey(n)] = i
			}
		}
	}
	for i, c := range idx.list {
		for _, d := range c.Demonyms {
			if _, ok := idx.byName[lookupKey(d)]; !ok {
				idx.byName[lookupKey(d)] = i
			}
		}
	}
	return idx
})

// Countries returns every country, sorted by code.
func Countries() []Country {
	return append([]Country(nil), countries().list...)
}

// CountryByCode returns the country with that ISO 3166-1 alpha-2 code (any case).
func CountryByCode(code string) (Country, bool) {
	idx := countries()
	i, ok := idx.byCode[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Country{}, false
	}
	return idx.list[i], true
}

// LookupCountry finds a country by name, other name or demonym, ignoring case
// and punctuation: "China", "People's Republic of China", "Chinese" and
// "Russian Federation" all resolve. ISO codes are not accepted here (they are
// ordinary words too: "IN", "IT"); use CountryByCode for codes.
func LookupCountry(name string) (Country, bool) {
	idx := countries()
	i, ok := idx.byName[lookupKey(name)]
	if !ok {
		return Country{}, false
	}
	return idx.list[i], true
}
