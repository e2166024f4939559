package report

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
	"github.com/actorgraph/actorgraph/loader/gazetteer"
)

// entities recognizes text (one document) and returns "Kind:Name" for every
// entity that is not a reference to the actor in focus.
func entities(t *testing.T, text string) []string {
	t.Helper()
	doc := Document{Text: text, ID: "report:test"}
	x := &extraction{doc: doc, ref: doc.Ref()}
	x.run(testGazetteer())
	var out []string
	for _, s := range x.sents {
		for _, e := range s.ents {
			if e.ref || e.kind == "" {
				continue
			}
			name := e.node.Name
			if e.demonym {
				name += " (adj)"
			}
			out = append(out, string(e.kind)+":"+name)
		}
	}
	sort.Strings(out)
	return out
}

func TestRecognize(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"actor by alias and organization with title and person",
			"TEMP.Periscope is active, said FireEye Senior Analyst Ben Read.",
			[]string{"Organization:FireEye", "Person:Ben Read", "ThreatActor:APT40"}},
		{"a body's name after a title word is no person",
			"Staff of the General Directorate of Intelligence met General Marlow Fenwick.",
			[]string{"Organization:General Directorate of Intelligence", "Person:Marlow Fenwick"}},
		{"peoples joined by a hyphen describe the company after them",
			"Staff at Dutch-German electronics retailer Pelton and at Sino-Russian trading house Marlow Group were told.",
			[]string{"Organization:Marlow Group", "Organization:Pelton"}},
		{"software whose name starts with a country's",
			"They dropped the China Chopper web shell on servers in Taiwan.",
			[]string{"Country:Taiwan", "Malware:China Chopper"}},
		{"foreign names with an elided article or an accented lower-case word",
			"Staff at the Automobile Club d'Italia and at Svenska kraftnät met in a Pelton café.",
			[]string{"Organization:Automobile Club d'Italia", "Organization:Pelton", "Organization:Svenska kraftnät"}},
		{"the regulator's name holds an 'and'",
			"Pelton Bank told the U.S. Securities and Exchange Commission on Friday and the Quarrow Trade Commission on Monday.",
			[]string{"Country:United States", "Organization:Pelton Bank", "Organization:Quarrow Trade Commission", "Organization:Securities and Exchange Commission"}},
		{"a city or a state opens a name; a state before a governor's title stays a place",
			"Quarrow hit Dallas County, the Los Angeles Unified School District, the New York Times and London Drugs. California Governor Marlow Fenwick spoke.",
			[]string{"Organization:Dallas County", "Organization:London Drugs", "Organization:Los Angeles Unified School District", "Organization:New York Times", "Person:Marlow Fenwick"}},
		{"the last word of a name met before, after 'the', is that organization",
			"The Ohio Lottery was hit. Quarrow later breached the Lottery and the Senate of Pelton.",
			[]string{"Organization:Ohio Lottery", "Organization:Ohio Lottery", "Organization:Senate of Pelton"}},
		{"a company's name goes on after the country of its arm",
			"Quarrow said Pelton Canada Music had also been breached.",
			[]string{"Organization:Pelton Canada Music"}},
		{"a place before an adjective and a hospital system, a title before 'video games'",
			"Quarrow hit Fenwick public hospital system Halden Health and the studio behind the Marlow video games.",
			[]string{"Organization:Halden Health", "Sector:Healthcare"}},
		{"an organization's name goes on through \"for the\"",
			"Staff at the Organisation for the Prohibition of Quarrow Weapons met staff at Pelton Bank for the first time.",
			[]string{"Organization:Organisation for the Prohibition of Quarrow Weapons", "Organization:Pelton Bank"}},
		{"acronym defined and reused",
			"Members of the Cambodia National Rescue Party (CNRP) met. The CNRP said no.",
			[]string{"Organization:Cambodia National Rescue Party", "Organization:Cambodia National Rescue Party"}},
		{"a company's name ending in Software is no software",
			"Lamprey compromised Quarrow Software, a small company.",
			[]string{"Organization:Quarrow Software"}},
		{"a business group is no actor",
			"Marlow Parts, part of the Quarrow group, said it was hit. The Pelton group's companies halted work.",
			[]string{"Organization:Marlow Parts", "Organization:Pelton", "Organization:Quarrow"}},
		{"an actor's acronym in parentheses stands for it",
			"The Lazarus Group (LZG) hit Marlow Water. LZG posted files.",
			[]string{"Organization:Marlow Water", "ThreatActor:Lazarus Group", "ThreatActor:Lazarus Group", "ThreatActor:Lazarus Group"}},
		{"a city's possessive before a name is no part of it; a health board's two places are one name; an Italian particle",
			"Toronto's Quarrow Hospital for Children, King's College Hospital, NHS Pelton and Marlow and Fenwick dello Stato were hit.",
			[]string{"Organization:Fenwick dello Stato", "Organization:King's College Hospital", "Organization:NHS Pelton and Marlow", "Organization:Quarrow Hospital for Children"}},
		{"a commission 'on' a subject is one name",
			"Lamprey spied on the Inter-Parliamentary Alliance on China.",
			[]string{"Organization:Inter-Parliamentary Alliance on China"}},
		{"a sentence that opens with the head word of a name met before speaks of it",
			"Lamprey hit Quarrow County in May. County phone lines went down.",
			[]string{"Organization:Quarrow County", "Organization:Quarrow County"}},
		{"an organization named before is known again without a cue",
			"Lamprey is airing what it claims is Quarrow Digital's dirty laundry. The crew siphoned files from Quarrow Digital's systems.",
			[]string{"Organization:Quarrow Digital", "Organization:Quarrow Digital"}},
		{"an acronym that speaks for itself is an organization, and is known again",
			"QRPM said its systems were attacked. Lamprey added QRPM to its leak site.",
			[]string{"Organization:QRPM", "Organization:QRPM", "ThreatActor:Lamprey"}},
		{"an acronym made of the initials of a name given before is that name",
			"Lamprey hit the Quarrow Health Laboratory Service. The QHLS said it was attacked.",
			[]string{"Organization:Quarrow Health Laboratory Service", "Organization:Quarrow Health Laboratory Service"}},
		{"an acronym that opens a name is that name",
			"Lamprey hit QRK Global. QRK said the outage lasted a week.",
			[]string{"Organization:QRK Global", "Organization:QRK Global"}},
		{"a capitalized army of hackers is a group",
			"The loose collective said it acted with the IT Army of Norway. The Quarrow Electronic Army is older.",
			[]string{"ThreatActor:IT Army of Norway", "ThreatActor:Quarrow Electronic Army"}},
		{"a civil group's name after its group noun is no actor",
			"The files were published by the transparency group Quarrow Watch.",
			[]string{"Organization:Quarrow Watch"}},
		{"a member of a business group is a company",
			"Marlow Parts, a core member of the Quarrow group, said it was hit.",
			[]string{"Organization:Marlow Parts", "Organization:Quarrow"}},
		{"a railway or brewing group in apposition is a company",
			"Ticket sales stopped at Quarrow dello Stato, the state railway group, and at Pelton, the brewing group.",
			[]string{"Organization:Pelton", "Organization:Quarrow dello Stato"}},
		{"a persona called by a name is an actor",
			"Pelton linked the wiper to a persona called Quarrow Fist.",
			[]string{"ThreatActor:Quarrow Fist"}},
		{"the example of affiliated squads or hacktivist groups is an actor",
			"Killnet works with affiliated squads such as Quarrow Legion. Hacktivist groups like Pelton Storm joined. Rights groups such as Marlow Watch objected.",
			[]string{"Organization:Marlow Watch", "ThreatActor:Pelton Storm", "ThreatActor:Quarrow Legion"}},
		{"a cyber force opened by a country's name is a group",
			"Accounts calling themselves \"Norway Cyber Force\" claimed the defacement.",
			[]string{"ThreatActor:Norway Cyber Force"}},
		{"a state-sponsored operation is an actor",
			"Pelton assessed that Quarrow Pelt is a Russian state-sponsored operation.",
			[]string{"Country:Russia (adj)", "ThreatActor:Quarrow Pelt"}},
		{"initials shared by two names stand for neither",
			"The Quarrow Pelton Agency and the Quarrow Port Authority met. The QPA said no.",
			[]string{"Organization:QPA", "Organization:Quarrow Pelton Agency", "Organization:Quarrow Port Authority"}},
		{"an acronym given in words stands for the name",
			"Lamprey broke into the Quarrow Security Committee, still known by its old acronym QGB. The hackers leaked QGB files.",
			[]string{"Organization:Quarrow Security Committee", "Organization:Quarrow Security Committee", "Organization:Quarrow Security Committee", "ThreatActor:Lamprey"}},
		{"short capitals name countries, but USA after a name ends a company's name",
			"Lamprey hit engineering companies in the UAE and Quarrow USA.",
			[]string{"Country:United Arab Emirates", "Organization:Quarrow USA", "Sector:Engineering"}},
		{"an apposition that starts a new phrase calls the acronym no organization",
			"The script loads QRPM, a spyware tool the group has relied on for years. The group deploys QRPM to collect files.",
			[]string{"Malware:QRPM"}},
		{"a designer or a society in apposition calls the acronym an organization",
			"Lamprey spent two years inside QXP, the Dutch chip designer, and stole data from QIAE, the society that collects royalties.",
			[]string{"Country:Netherlands (adj)", "Organization:QIAE", "Organization:QXP"}},
		{"a defenders' team known by a name is no actor",
			"The health ministry's incident response team, known as Quarrow Sante, was sent to help.",
			[]string{"Organization:Quarrow Sante"}},
		{"a '-speaking' adjective before 'ransomware' is no ransomware",
			"The Russian-speaking ransomware gang hit Pelton Bank.",
			[]string{"Organization:Pelton Bank"}},
		{"generic words are no entities",
			"Hackers and attackers targeted victims and organizations.",
			nil},
		{"person after a title",
			"Prime Minister Hun Sen spoke to businessman Ravi S. Menon.",
			[]string{"Person:Hun Sen", "Person:Ravi S. Menon"}},
		{"a two-word title before a name",
			"Chief Executive Ben Zhou wrote on Tuesday.",
			[]string{"Person:Ben Zhou"}},
		{"an abbreviated month is no name",
			"On Feb 21 and Sept 3 the bank closed.",
			nil},
		{"an apposition's head ends before a new phrase",
			"It installed Quillbot, a modular framework the group has used for years. Copperhead, a crew that sells access, sold it.",
			[]string{"Malware:Quillbot", "ThreatActor:Copperhead"}},
		{"a name that keeps a leak site or follows a definite group noun is an actor",
			"Quillcrow listed Marlow Bank on its leak site. The gang behind the attack, Vexcor, wanted money.",
			[]string{"Organization:Marlow Bank", "ThreatActor:Quillcrow", "ThreatActor:Vexcor"}},
		{"Romance names with a particle and an article, an abbreviation, fields after 'for'",
			"Quillcrow breached the Secretaría de la Defensa Nacional, Gestore dei Servizi Energetici and the Dirección General de Inteligencia. " +
				"It also hit the St. Petersburg International Economic Forum and the Coordinating Ministry for Maritime Affairs and Investment.",
			[]string{"Organization:Coordinating Ministry for Maritime Affairs and Investment", "Organization:Dirección General de Inteligencia",
				"Organization:Gestore dei Servizi Energetici", "Organization:Secretaría de la Defensa Nacional",
				"Organization:St. Petersburg International Economic Forum", "ThreatActor:Quillcrow"}},
		{"two whole names joined by 'and', the second with its acronym",
			"Visitors found that pages for Pelton Regional Airport and Marlow International Airport (MIA) went down. The National Telecommunications and Information Administration warned.",
			[]string{"Organization:Marlow International Airport", "Organization:National Telecommunications and Information Administration", "Organization:Pelton Regional Airport"}},
		{"a country whose name ends in a region's",
			"Banks in South Africa, the Central African Republic and East Africa.",
			[]string{"Country:Central African Republic", "Country:East Africa", "Country:South Africa", "Sector:Financial Services"}},
		{"names after 'calling themselves', one led by a demonym",
			"Groups calling themselves Copper Lynx and the Moroccan Black Cyber Army posted files.",
			[]string{"ThreatActor:Copper Lynx", "ThreatActor:Moroccan Black Cyber Army"}},
		{"a ministry whose name lists fields of two words",
			"They defaced the Ministry of Labour, Employment and Social Security and the Ministry of Economic Inclusion, Small Business, Employment and Skills.",
			[]string{"Organization:Ministry of Economic Inclusion, Small Business, Employment and Skills", "Organization:Ministry of Labour, Employment and Social Security"}},
		{"names that modify brands or identifiers are no organizations",
			"Data of customers of its Quarrow, Pelton and Marlow brands and Medicare or Medicaid identifiers were taken.",
			nil},
		{"an acronym whose apposition names a role is a name",
			"They hit QRX, Greece's gas grid operator, and wiped the BIOS.",
			[]string{"Country:Greece", "Organization:QRX", "Sector:Energy"}},
		{"a healthcare group in apposition is a company, an espionage group an actor",
			"Quarrow, the Bogota-based healthcare group, and Copperlynx, a Russian espionage group, met.",
			[]string{"Country:Russia (adj)", "Organization:Quarrow", "Sector:Healthcare", "ThreatActor:Copperlynx"}},
		{"an operation in apposition is a gang only with a word of crime or a ransomware name",
			"Texts burned the Pelton, an operation officials said was meant to scare voters. Quarrow, a ransomware operation, and LockBit, which was the most prolific operation, are gangs.",
			[]string{"Organization:Pelton", "Sector:Government", "ThreatActor:LockBit", "ThreatActor:Quarrow"}},
		{"a lone capitalized word before 'hospital', 'city' or 'governments' only places it",
			"They hit OakBend Medical Center, the Richmond hospital, the Sicilian city of Palermo and neighboring Arab governments.",
			[]string{"Organization:City of Palermo", "Organization:OakBend Medical Center", "Sector:Government", "Sector:Healthcare"}},
		{"a place with '-area' is a description",
			"They hit Automatic Funds Transfer Services, a Seattle-area payment processor.",
			[]string{"Organization:Automatic Funds Transfer Services"}},
		{"an owner before '-owned' or '-run' describes",
			"They hit Pelton Box, a Quarrow-owned design studio, and a Marlow-run clinic.",
			[]string{"Organization:Pelton Box"}},
		{"a possessive joins a name only before a head word of its own",
			"They hit King's College Hospital, the Quarrow Electric's Sustainability Business division and Pelton's Quillcoin wallets.",
			[]string{"Organization:King's College Hospital", "Organization:Pelton", "Organization:Quarrow Electric", "Organization:Quillcoin", "Organization:Sustainability Business"}},
		{"a city's government by its name",
			"Systems belonging to the City of Dallas and to the city of Wichita went down.",
			[]string{"Organization:City of Dallas", "Organization:City of Wichita"}},
		{"components written in C++ listed after a colon are software; a letter alone is no organization",
			"Its toolset includes several custom components written in Python and C++: WavyQuill, DropFlop and OneLatch.",
			[]string{"Malware:DropFlop", "Malware:OneLatch", "Malware:WavyQuill"}},
		{"a name with a lower-case first letter; an unknown name that hacks others is an actor, the FBI is not",
			"Prosecutors said q-Lynx hacked email accounts at the Quarrow Ministry. The FBI hacked into the servers of the gang.",
			[]string{"Organization:FBI", "Organization:Quarrow Ministry", "ThreatActor:q-Lynx"}},
		{"a name in quotes after a naming cue; a group noun right before a name",
			"A hacking group calling itself \"Quarrow\" hit the bank. The ransomware gang Pelton hit it too, as did the loose collective Anonymous, a group European officials track.",
			[]string{"Country:Europe (adj)", "Sector:Government", "ThreatActor:Anonymous", "ThreatActor:Pelton", "ThreatActor:Quarrow"}},
		{"two possessed names joined by 'and' stay two; a contraction is no name",
			"\"We're not done,\" they wrote after hitting Norway's Ministry of Education and Chile's College of Business Education.",
			[]string{"Country:Chile", "Country:Norway", "Organization:College of Business Education", "Organization:Ministry of Education"}},
		{"an actor named with an acronym and 'of' a country",
			"Much of the activity came from the IT Army of Norway, a volunteer collective formed in 2022. The IT Army hit banks.",
			[]string{"Sector:Financial Services", "ThreatActor:IT Army of Norway", "ThreatActor:IT Army of Norway"}},
		{"a name that says it broke in is an actor; one that says it was breached is not",
			"A month earlier, QRU said it had breached Rosaviatsia. Quarrow Bank said it had been breached. Pelton Bank said its systems were compromised.",
			[]string{"Organization:Pelton Bank", "Organization:Quarrow Bank", "Organization:Rosaviatsia", "ThreatActor:QRU"}},
		{"a ransomware family that strikes is the gang that runs it, also by its line's name; the program on machines is malware",
			"In May 2021 Conti crippled the Quarrow Health Service. Analysts found the Ryuk ransomware on 40 machines. In December LockBit hit Pelton Bank.",
			[]string{"Malware:Ryuk", "Organization:Pelton Bank", "Organization:Quarrow Health Service", "ThreatActor:Conti", "ThreatActor:LockBit"}},
		{"a ransomware family an attack is laid on is the gang",
			"The attack on Pelton Bank was attributed to Ryuk ransomware.",
			[]string{"Organization:Pelton Bank", "ThreatActor:Ryuk"}},
		{"a ransomware family with a leader or with victims is the gang; the family in a sentence without either stays software",
			"Police named a man as the alleged leader of LockBit. Conti, whose victims include Pelton Bank, shut down. Analysts found the Ryuk ransomware on the servers.",
			[]string{"Malware:Ryuk", "Organization:Pelton Bank", "Sector:Law Enforcement", "ThreatActor:Conti", "ThreatActor:LockBit"}},
		{"a point of the compass and a continent are a region, in the text's words; a country's demonym is the country",
			"They breached Southeastern European engineering firms, banks in Central Europe, South African insurers and a West African telecom.",
			[]string{"Country:Central Europe", "Country:South Africa (adj)", "Country:Southeastern Europe (adj)", "Country:West Africa (adj)", "Sector:Engineering",
				"Sector:Financial Services", "Sector:Insurance"}},
		{"one unnamed organization is described by its place: before its head noun or after it",
			"They breached a Southeastern European engineering firm, a bank in Central Europe, a South African insurer and an IT provider based in Kenya.",
			[]string{"Organization:IT provider based in Kenya", "Organization:South African insurer", "Organization:Southeastern European engineering firm", "Organization:bank in Central Europe"}},
		{"'Pacific' alone is the region, before 'nation' one country, and it opens names",
			"They spied across the Pacific, hit a small Pacific nation and breached the Pacific Islands Forum.",
			[]string{"Country:Pacific", "Organization:Pacific Islands Forum"}},
		{"an adjective before 'and' opens a longer name, after 'of' too",
			"The U.S. arm of Industrial and Commercial Bank of China was hit.",
			[]string{"Country:United States", "Organization:Industrial and Commercial Bank of China"}},
		{"a group of rights or trade is no actor",
			"Rights group Jonction urged calm, as did Trade group Pelton and the Quarrow group.",
			[]string{"Organization:Jonction", "Organization:Pelton", "ThreatActor:Quarrow"}},
		{"'et' and 'y' join a name with a romance particle, nothing else",
			"They hit the Direction Générale des Impôts et des Domaines, the Ministerio de Ciencia y Tecnología and Quarrow y Pelton.",
			[]string{"Organization:Direction Générale des Impôts et des Domaines", "Organization:Ministerio de Ciencia y Tecnología", "Organization:Pelton", "Organization:Quarrow"}},
		{"a name that has victims is an actor; a company that has victims of fraud is not",
			"The Quarrow operation has a long list of victims. Kellner's victims include Fenwick Parts. Pelton Bank has more than 100 victims of fraud.",
			[]string{"Organization:Fenwick Parts", "Organization:Pelton Bank", "ThreatActor:Kellner", "ThreatActor:Quarrow"}},
		{"a ransomware family whose recent or best-known victims include others is the gang",
			"BlackCat's recent victims include Fenwick Parts. Kellner's best-known victims include Pelton Bank. Analysts found the Ryuk ransomware on the servers.",
			[]string{"Malware:Ryuk", "Organization:Fenwick Parts", "Organization:Pelton Bank", "ThreatActor:BlackCat", "ThreatActor:Kellner"}},
		{"a name that says it disrupted or got into others' systems is an actor, also after a vendor's word; a lab that disrupted a botnet is not",
			"In March, Lab Quarrow said it had disrupted communications on 116 vessels. Kellner said it had obtained root-level access to Fenwick Parts's network. Pelton Labs said it had disrupted the botnet.",
			[]string{"Organization:Fenwick Parts", "Organization:Pelton Labs", "ThreatActor:Kellner", "ThreatActor:Lab Quarrow"}},
		{"a country of several words before '-based' or '-linked' is that country, not the one its last word names",
			"The North Korea-based group, a Saudi Arabia-linked crew and a United Arab Emirates-based bank met a Korea-based firm.",
			[]string{"Country:North Korea (adj)", "Country:Saudi Arabia (adj)", "Country:South Korea (adj)", "Country:United Arab Emirates (adj)"}},
		{"a ransomware family blamed for an attack or accused of one is the gang",
			"Officials blamed REvil for the attack. Police accused LockBit of hitting Pelton Bank. Analysts found the Ryuk ransomware on the servers.",
			[]string{"Malware:Ryuk", "Organization:Pelton Bank", "Sector:Government", "Sector:Law Enforcement", "ThreatActor:LockBit", "ThreatActor:REvil"}},
		{"Georgia after a town or before a county is the US state; alone it is the country; the Atlantic is a place",
			"They hit a hospital in Bainbridge, Georgia, and offices in Georgia's Fulton County, and banks in Georgia, on both sides of the Atlantic.",
			[]string{"Country:Georgia", "Organization:Bainbridge", "Organization:Fulton County", "Sector:Financial Services", "Sector:Healthcare"}},
		{"a country that ends a name a cue introduces belongs to the name",
			"Quarrow Force Norway, a hacktivist collective, defaced sites in Chile.",
			[]string{"Country:Chile", "ThreatActor:Quarrow Force Norway"}},
		{"a state-owned group, or a group that makes or runs things, is a company; a group that claimed an attack is an actor",
			"QSE, the state-owned group that generates most of the power, said so. Pelton, the group that claimed the attack, is new.",
			[]string{"Organization:QSE", "ThreatActor:Pelton"}},
		{"a known name inside a longer one",
			"The gang listed Verizon and Thomson Reuters.",
			[]string{"Organization:Thomson Reuters", "Organization:Verizon"}},
		{"names listed after a colon that a plural group noun announces; a name that defaces is an actor",
			"It names four groups that it holds responsible for the floods: APT28, Norway Cyber Force, Team Quarrow PK and Pelton Sec. Kellner Sec defaced the site.",
			[]string{"ThreatActor:APT28", "ThreatActor:Kellner Sec", "ThreatActor:Norway Cyber Force", "ThreatActor:Pelton Sec", "ThreatActor:Team Quarrow PK"}},
		{"an acronym after a role noun is a name",
			"Files were stolen from chipmaker QRX last year.",
			[]string{"Organization:QRX"}},
		{"an acronym that an apposition calls a public body is a name",
			"Files were stolen from QPMI, the Chilean social services agency.",
			[]string{"Country:Chile (adj)", "Organization:QPMI"}},
		{"countries, demonyms, possessives without apostrophe, regions",
			"Chinese firms in Cambodias capital, the United States and North America.",
			[]string{"Country:Cambodia", "Country:China (adj)", "Country:North America", "Country:United States"}},
		{"demonym and institution",
			"They broke into the Cambodian senate and spoke to the Chinese government.",
			[]string{"Country:China", "Organization:Cambodian Senate"}},
		{"organizations by head noun, start and cue",
			"The Ministry of Economics and Finance, the Phnom Penh Post and the NGO Licadho.",
			[]string{"Organization:Licadho", "Organization:Ministry of Economics and Finance", "Organization:Phnom Penh Post"}},
		{"infrastructure",
			"The implant called 203.0.113.7 and update-example.com every hour.",
			[]string{"Infrastructure:203.0.113.7", "Infrastructure:update-example.com"}},
		{"software by cue",
			"APT28 used X-Agent and the KillDisk wiper, and a tool called Mimikatz.",
			[]string{"Malware:CHOPSTICK", "Malware:KillDisk", "ThreatActor:APT28", "Tool:Mimikatz"}},
		{"software from the ATT&CK list, weak names only in context",
			"APT28 installed Carbon and Gazer on the servers. Its Carbon footprint grew. It ran tools such as AdFind, netsh and at.",
			[]string{"Malware:Carbon", "Malware:Gazer", "ThreatActor:APT28", "Tool:AdFind", "Tool:at", "Tool:netsh"}},
		{"sectors",
			"They went after telecommunications providers and the energy sector.",
			[]string{"Sector:Energy", "Sector:Telecommunications"}},
		{"actor introduced by a cue, not software",
			"A group known as Obscure Panda wrote a backdoor dubbed FakeRAT.",
			[]string{"Malware:FakeRAT", "ThreatActor:Obscure Panda"}},
		{"actor introduced as known to someone as X",
			"The group, known to investigators as Copper Heron, sent the emails. Another crew, known among incident responders as Quarrow Bear, and one known to Microsoft as Storm-9911 did too.",
			[]string{"Organization:Microsoft", "ThreatActor:Copper Heron", "ThreatActor:Quarrow Bear", "ThreatActor:Storm-9911"}},
		{"a quoted name after a naming cue, however written",
			"A pro-Quarrow group calling itself \"sudo rm -RF\" claimed the attack.",
			[]string{"ThreatActor:sudo rm -RF"}},
		{"a possessive of children or women inside a name",
			"APT28 hit Quarrow Children's Health Partners and the Pelton Women's Clinic.",
			[]string{"Organization:Pelton Women's Clinic", "Organization:Quarrow Children's Health Partners", "ThreatActor:APT28"}},
		{"a people's adjective alone is no organization",
			"APT28 went after Israeli and Arab targets in the former Soviet space.",
			[]string{"Country:Israel (adj)", "ThreatActor:APT28"}},
		{"a people's adjective before a noun of people or bodies is a victim",
			"APT28 spied on Tibetan and Uyghur communities and on the Kurdish military, and on Baltic ports.",
			[]string{"Country:Baltic states (adj)", "Organization:Kurdish military", "Sector:Tibetan communities", "Sector:Transportation", "Sector:Uyghur communities", "ThreatActor:APT28"}},
		{"names that share a plural head",
			"The Treasury and Commerce departments said so. The Foreign, Interior and Defence ministries were hit.",
			[]string{"Organization:Commerce Department", "Organization:Defence Ministry", "Organization:Foreign Ministry", "Organization:Interior Ministry", "Organization:Treasury Department"}},
		{"a ransomware family named as the gang is the gang alone, not inside a longer name",
			"The Quarrow gang deployed the Royal ransomware. Royal Mail was hit. Royal encrypted the servers. Later, Royal was behind the attack.",
			[]string{"Organization:Royal Mail", "ThreatActor:Quarrow", "ThreatActor:Royal", "ThreatActor:Royal", "ThreatActor:Royal"}},
		{"a people's adjective inside a name is the name's",
			"APT28 hit Arab Bank and the United Arab Emirates.",
			[]string{"Country:United Arab Emirates", "Organization:Arab Bank", "ThreatActor:APT28"}},
		{"an emergency response team in apposition is a defender, not an actor",
			"CERT-QR, the emergency response team that answers to Quarrow, said it had found the intrusion.",
			[]string{"Organization:CERT-QR", "Organization:Quarrow"}},
		{"a company after its place of business",
			"APT28 stole data from Nagpur-based Pelton Industries and from Quarrow-owned Marlow Games.",
			[]string{"Organization:Marlow Games", "Organization:Pelton Industries", "ThreatActor:APT28"}},
		{"a name after a group noun that opens a relative clause is not the group",
			"The phishing came from APT28, a group Pelton attributes to Russia.",
			[]string{"Country:Russia", "Organization:Pelton", "ThreatActor:APT28"}},
		{"a hacker who calls himself a handle in camel case",
			"The leak came from a self-styled hacker who calls himself pelTon. Another hacker calling herself Marlow0x sold more.",
			[]string{"ThreatActor:Marlow0x", "ThreatActor:pelTon"}},
		{"a media name ends in 'Social' or 'News', a product name not in 'Cloud'",
			"APT28 knocked Pelton Social and Marlow News offline, then hit servers of Fenwick Cloud, and the social media posts spread.",
			[]string{"Organization:Marlow News", "Organization:Pelton Social", "Sector:Media", "ThreatActor:APT28"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entities(t, tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestGazetteerOperations reads a cluster the gazetteer lists under an
// operation's name as a campaign where the text writes the operation's
// name, and as an actor where it writes the group's; a gazetteer name after
// "Operation" names the operation.
func TestGazetteerOperations(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{Name: "Operation Quarrow Dawn", Aliases: []string{"Dawn Gang"}},
		{Name: "APT28", Aliases: []string{"Fancy Bear"}},
		{Name: "Fenwick Medley"},
	})
	doc := Document{Text: "Operation Quarrow Dawn hit Pelton Bank. The Dawn Gang later breached Marlow Health. " +
		"Operation Fenwick Medley, which we attribute to APT28, reached Kellner Bank.", ID: "report:test"}
	x := &extraction{doc: doc, ref: doc.Ref()}
	x.run(g)
	var got []string
	for _, s := range x.sents {
		for _, e := range s.ents {
			if e.kind == graph.Campaign || e.kind == graph.ThreatActor && !e.ref {
				got = append(got, string(e.kind)+":"+s.textOf(x.text, e.a, e.b))
			}
		}
	}
	want := []string{"Campaign:Operation Quarrow Dawn", "ThreatActor:Dawn Gang", "Campaign:Operation Fenwick Medley", "ThreatActor:APT28"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestGazetteerNamesInOtherNames checks that a galaxy name written inside
// a longer name is not the galaxy's group: a product ("Google Play"), a
// group named with a country ("DragonForce Malaysia"), a chat ("Signal group
// chats"), and that an investigative collective is no actor.
func TestGazetteerNamesInOtherNames(t *testing.T) {
	g := gazetteer.New([]gazetteer.Entry{
		{Name: "Play", Aliases: []string{"PlayCrypt"}},
		{Name: "DragonForce"},
		{Name: "APT28", Aliases: []string{"Fancy Bear"}},
	})
	doc := Document{Text: "Quarrow Tribe published spy apps on Google Play to reach officials in Pelton. " +
		"DragonForce Malaysia, a hacktivist collective, defaced sites in India. " +
		"The Play gang and DragonForce encrypted Marlow Bank. " +
		"APT28 used Signal group chats to reach staff in Ukraine. " +
		"It was first described by the investigative collective Halden, which studied its lures.", ID: "report:test"}
	x := &extraction{doc: doc, ref: doc.Ref()}
	x.run(g)
	var got []string
	for _, s := range x.sents {
		for _, e := range s.ents {
			if e.kind == graph.ThreatActor && !e.ref {
				got = append(got, e.node.Name)
			}
		}
	}
	want := []string{"DragonForce Malaysia", "Play", "DragonForce", "APT28"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got actors %q, want %q", got, want)
	}
}

// BenchmarkExtract measures extraction throughput over the sample reports
// (bytes per second of report text), with the built-in gazetteer:
//
//	go test ./loader/report -run '^$' -bench Extract -benchmem
func BenchmarkExtract(b *testing.B) {
	dir := filepath.Join(repoRoot(b), "examples", "reports")
	files, err := os.ReadDir(dir)
	if err != nil {
		b.Fatal(err)
	}
	var parts []string
	for _, f := range files {
		data, err := os.ReadFile(filepath.Join(dir, f.Name()))
		if err != nil {
			b.Fatal(err)
		}
		doc, err := Parse(f.Name(), data)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, doc.Text)
	}
	// About 100 KB of text, in paragraphs, like a long report.
	var sb strings.Builder
	for sb.Len() < 100_000 {
		for _, p := range parts {
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
	}
	doc := Document{Title: "bench", Text: sb.String()}
	doc.ID = reportID(doc)
	g := defaultGazetteer(b)
	b.SetBytes(int64(len(doc.Text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		batch, err := Extract(doc, g)
		if err != nil {
			b.Fatal(err)
		}
		if len(batch.Edges) == 0 {
			b.Fatal("got no edges, want some")
		}
	}
}

var _ = graph.Report

// TestSoftwareIndex checks that the embedded ATT&CK software list loads and
// that weak names are told from strong ones.
func TestSoftwareIndex(t *testing.T) {
	idx := softwareIndex()
	if len(idx) < 500 {
		t.Fatalf("got %d first words in the software index, want the ATT&CK list", len(idx))
	}
	for name, weak := range map[string]bool{"Carbon": true, "netsh": true, "Cobalt Strike": false, "BlackEnergy": false, "SUNBURST": false, "T9000": false} {
		if got := weakName(name); got != weak {
			t.Errorf("got weakName(%q) = %v, want %v", name, got, weak)
		}
	}
}

// capMatch passes over words in lower case without a lookup: every phrase
// of the built-in countries, demonyms and organizations must start with a
// capital letter for that to lose nothing.
func TestBuiltinPhrasesStartCapitalized(t *testing.T) {
	lx := builtinLexicon()
	for name, idx := range map[string]map[string][]phrase{"countries": lx.countries, "demonyms": lx.demonyms, "orgs": lx.orgs} {
		if len(idx) == 0 {
			t.Fatalf("%s: empty index", name)
		}
		for k := range idx {
			if toks := tokenize(k, 0, len(k)); len(toks) != 1 || !toks[0].cap {
				t.Errorf("%s: phrase word %q does not read as one capitalized token", name, k)
			}
		}
	}
}

func TestTokenizeSplitsNegations(t *testing.T) {
	tests := []struct {
		text string
		want []string // text/lower of each token
	}{
		{"didn't hit", []string{"did/did", "n't/n't", "hit/hit"}},
		{"Won’t pay", []string{"Wo/wo", "n’t/n't", "pay/pay"}},
		{"Cambodia's", []string{"Cambodia/cambodia", "'s/'s"}},
		{"n't", []string{"n't/n't"}}, // too short to split
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range tokenize(tt.text, 0, len(tt.text)) {
			got = append(got, tk.text+"/"+tk.lower)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
