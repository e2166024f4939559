package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/actorgraph/actorgraph/graph"
)

// TestExtractNewsRules covers the rules for news and vendor-blog prose:
// actors the gazetteer does not know, victims named only by their names,
// passive and nominal forms, references to the actor in focus, and what
// must never come out. Every name here is invented.
func TestExtractNewsRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
		not  []string
	}{
		// Actors the text introduces.
		{name: "actor named by a cue after a group noun",
			text: "Researchers described a group they dubbed Copper Heron. Copper Heron breached Fenwick Logistics.",
			want: []string{"TARGETED Copper Heron -> Fenwick Logistics"}},
		{name: "actor by its group noun",
			text: "The QuietLocker gang hit Marlow County Hospital last week.",
			want: []string{"TARGETED QuietLocker -> Marlow County Hospital"}},
		{name: "actor by apposition",
			text: "Velvora, a financially motivated extortion group, attacked Brightwater Bank.",
			want: []string{"TARGETED Velvora -> Brightwater Bank"}},
		{name: "actor by tracking code, and a list",
			text: "UNC9999 compromised Ostrava Freight, Kellner & Sons and the Harbin Port Authority.",
			want: []string{"TARGETED UNC9999 -> Ostrava Freight", "TARGETED UNC9999 -> Kellner & Sons", "TARGETED UNC9999 -> Harbin Port Authority"}},
		{name: "actor by a vendor naming scheme",
			text: "Granite Typhoon infiltrated Northwind Telecom.",
			want: []string{"TARGETED Granite Typhoon -> Northwind Telecom"}},
		{name: "actor by a claim of responsibility",
			text: "Nightglass claimed the attack on the Perth Water Authority.",
			want: []string{"TARGETED Nightglass -> Perth Water Authority"}},
		{name: "a descriptive group is no actor",
			text: "A China-based group breached Fenwick Logistics. Hackers also hit Marlow Bank.",
			not:  []string{"TARGETED China-based -> Fenwick Logistics", "TARGETED Hackers -> Marlow Bank"}},
		{name: "actor by a data extortion gang noun",
			text: "The Quillfeather data extortion gang breached Fenwick Logistics in May.",
			want: []string{"TARGETED Quillfeather -> Fenwick Logistics"}},
		{name: "actor taking credit for an attack",
			text: "Quillfeather has taken credit for a cyberattack on Marlow County Hospital.",
			want: []string{"TARGETED Quillfeather -> Marlow County Hospital"}},
		{name: "actor claiming an attack in a headline",
			text: "Quillfeather claims attack on Marlow County Hospital",
			want: []string{"TARGETED Quillfeather -> Marlow County Hospital"}},

		{name: "a list with an article inside, said in recent weeks that it was breached",
			text: "Quillfeather is a ransomware gang. Marlow Bank, the City of Pelton and Fenwick Logistics all confirmed in recent weeks that their file transfer servers had been breached.",
			want: []string{"TARGETED Quillfeather -> Marlow Bank", "TARGETED Quillfeather -> City of Pelton", "TARGETED Quillfeather -> Fenwick Logistics"}},
		{name: "an apposition with an article is no list",
			text: "Marlow Bank, the lender owned by Fenwick Holdings, was breached by Quillfeather, a ransomware gang.",
			want: []string{"TARGETED Quillfeather -> Marlow Bank"},
			not:  []string{"TARGETED Quillfeather -> Fenwick Holdings"}},

		{name: "others named on a leak site, including a list",
			text: "Quillfeather is a ransomware gang. A dozen others have been named on Quillfeather's leak site since May, including retailer Marlow Stores, Fenwick Group's travel arm Fenwick Journeys and the UK's Pelton Pension Fund.",
			want: []string{"TARGETED Quillfeather -> Marlow Stores", "TARGETED Quillfeather -> Fenwick Journeys", "TARGETED Quillfeather -> Pelton Pension Fund"},
			not:  []string{"TARGETED Quillfeather -> Fenwick Group"}},

		{name: "a bare claim of responsibility takes the attack of the sentence before",
			text: "A ransomware attack knocked out the systems of Marlow County Hospital in May. Quillfeather later claimed responsibility and posted stolen files.",
			want: []string{"TARGETED Quillfeather -> Marlow County Hospital"}},
		{name: "credit taken for the breach the sentence before told of",
			text: "Fenwick Logistics, a freight company, told regulators that ransomware had encrypted parts of its network. Lazarus Group took credit for the breach.",
			want: []string{"TARGETED Lazarus Group -> Fenwick Logistics"}},
		{name: "victims among the actor's victims, by possessive",
			text: "The Quillfeather gang hit hospitals. Marlow Health and Brightwater Clinic were among the group's earliest victims.",
			want: []string{"TARGETED Quillfeather -> Marlow Health", "TARGETED Quillfeather -> Brightwater Clinic"}},
		{name: "among an actor's customers is no victim",
			text: "The Quillfeather gang hit hospitals. Marlow Health was among the group's many customers.",
			not:  []string{"TARGETED Quillfeather -> Marlow Health"}},

		{name: "a passive on a relative pronoun names no victim before it",
			text: "The Justice Department urged organizations that believed they had been hit by Lazarus Group to come forward. Marlow Software notified customers who were targeted by Lazarus Group.",
			not:  []string{"TARGETED Lazarus Group -> Justice Department", "TARGETED Lazarus Group -> Marlow Software"}},
		{name: "a passive on a relative pronoun of a named victim",
			text: "Fenwick Logistics, which was hit by Lazarus Group, said it was recovering.",
			want: []string{"TARGETED Lazarus Group -> Fenwick Logistics"}},

		{name: "a company named with its country is one name",
			text: "Lazarus Group breached Fenwick Freight Philippines and Marlow Bank in Chile.",
			want: []string{"TARGETED Lazarus Group -> Fenwick Freight Philippines", "TARGETED Lazarus Group -> Marlow Bank"},
			not:  []string{"TARGETED Lazarus Group -> Philippines", "TARGETED Lazarus Group -> Fenwick Freight"}},
		{name: "a ransomware family the report has shown answers for an attack: the gang",
			text: "Quarrow is a ransomware gang built from the leaked Conti ransomware. Before it shut down, Conti was responsible for the attack on Ireland's Pelton Service Executive. The Quarrow ransomware gang encrypted systems at Marlow Health.",
			want: []string{"TARGETED Conti -> Pelton Service Executive", "TARGETED Quarrow -> Marlow Health"},
			not:  []string{"TARGETED Quarrow -> Pelton Service Executive"}},
		{name: "a volunteer force that floods websites is an actor",
			text: "Separately, the IT Army of Moldova, a volunteer force coordinated by Pelton's Ministry of Digital Affairs, has flooded the websites of the Marlow Exchange and the state-owned lender Fenwick Bank with traffic.",
			want: []string{"TARGETED IT Army of Moldova -> Marlow Exchange", "TARGETED IT Army of Moldova -> Fenwick Bank"},
			not:  []string{"TARGETED IT Army of Moldova -> Ministry of Digital Affairs"}},
		{name: "a gang claiming victims by name, not claiming what they did",
			text: "This January Lamprey claimed both Marlow Motor Europe and British water supplier Pelton Water. Lamprey claimed responsibility. Lamprey later claimed Fenwick Bank had paid.",
			want: []string{"TARGETED Lamprey -> Marlow Motor Europe", "TARGETED Lamprey -> Pelton Water"},
			not:  []string{"TARGETED Lamprey -> Fenwick Bank"}},
		{name: "an attack laid on a unit by the name it is given, an affiliate that crippled systems",
			text: "The FBI in February attributed the $1.5 billion theft from Dubai-based exchange Marlow Bit to a North Korean unit it calls TraderTraitor. Quillon Labs said APT28 had been behind attacks between June and December 2022 on military branches in the Philippines and Malaysia. In late 2022 the Lamprey gang apologised after one of its affiliates crippled systems at Fenwick Children's Hospital. The crippled systems at Kellner Bank were restored.",
			want: []string{"TARGETED TraderTraitor -> Marlow Bit", "TARGETED APT28 -> Philippines", "TARGETED Lamprey -> Fenwick Children's Hospital"},
			not:  []string{"TARGETED Lamprey -> Kellner Bank"}},
		{name: "a passive laid on the actor of the sequel, data named by its owner, phones used by people, a card issuer",
			text: "APT28 is a group. Pelton Telecom confirmed that its ticketing system had been breached after the Lamprey gang claimed to have stolen data. The Lamprey gang posted about 1.5 terabytes of Marlow Bank files shortly afterward. Investigators said Lamprey targeted phones used by Senator Ada Morell. Lamprey also disrupted card issuer JCB.",
			want: []string{"TARGETED Lamprey -> Pelton Telecom", "TARGETED Lamprey -> Marlow Bank", "TARGETED Lamprey -> Ada Morell", "TARGETED Lamprey -> JCB"},
			not:  []string{"TARGETED APT28 -> Pelton Telecom"}},
		{name: "a province named after an apposition is a place, not a victim",
			text: "The Lamprey gang encrypted systems at Pelton Health Authority, the public health authority serving the province of Marlow Vale, and leaked patient data.",
			want: []string{"TARGETED Lamprey -> Pelton Health Authority"},
			not:  []string{"TARGETED Lamprey -> Marlow Vale"}},
		{name: "went on to hit a victim, not what it owns; lures that reached employees",
			text: "APT28 is a group. It went on to hit media conglomerate Pelton Media, the owner of broadcaster Marlow TV and weekly newspaper Fenwick Post, before turning to banks. The APT28 lures reached employees of Kellner Bank.",
			want: []string{"TARGETED APT28 -> Pelton Media", "TARGETED APT28 -> Kellner Bank"},
			not:  []string{"TARGETED APT28 -> Marlow TV", "TARGETED APT28 -> Fenwick Post"}},
		{name: "a company named with its region is one name",
			text: "Lazarus Group breached Fenwick Motors Europe and Pelton Tire Americas, and hospitals in Europe.",
			want: []string{"TARGETED Lazarus Group -> Fenwick Motors Europe", "TARGETED Lazarus Group -> Pelton Tire Americas", "TARGETED Lazarus Group -> Europe"},
			not:  []string{"TARGETED Lazarus Group -> Americas", "TARGETED Lazarus Group -> Fenwick Motors"}},

		// Passive, nominal and apposition forms.
		{name: "passive with the actor after by",
			text: "Fenwick Logistics, a subsidiary of Orbis Holdings, was breached by APT28.",
			want: []string{"TARGETED APT28 -> Fenwick Logistics"},
			not:  []string{"TARGETED APT28 -> Orbis Holdings"}},
		{name: "the breach of X by Y",
			text: "The breach of the Marlow Port Authority by Sandworm went unnoticed.",
			want: []string{"TARGETED Sandworm -> Marlow Port Authority"}},
		{name: "an attack on X attributed to Y",
			text: "An attack on Brightwater Bank attributed to APT40 disrupted payments.",
			want: []string{"TARGETED APT40 -> Brightwater Bank"}},
		{name: "the attack on X was claimed by Y",
			text: "The attack on Corvin Health was claimed by the Lamprey gang.",
			want: []string{"TARGETED Lamprey -> Corvin Health"}},
		{name: "X, a victim of Y",
			text: "Brightwater Bank, a victim of APT28, restored its systems.",
			want: []string{"TARGETED APT28 -> Brightwater Bank"}},
		{name: "among the companies targeted",
			text: "APT40 ran a phishing wave. Fenwick Logistics and Ostrava Freight were among the companies targeted.",
			want: []string{"TARGETED APT40 -> Fenwick Logistics", "TARGETED APT40 -> Ostrava Freight"}},
		{name: "passive blamed later in the sentence",
			text: "The Estonian foreign ministry was breached in 2019 in an operation that officials attributed to Sandworm.",
			want: []string{"TARGETED Sandworm -> Estonian Foreign Ministry"}},
		{name: "a victim saying it was breached",
			text: "APT28 is active. Fenwick Logistics confirmed that it had been breached by the group.",
			want: []string{"TARGETED APT28 -> Fenwick Logistics"}},
		{name: "nominal with the actor as subject",
			text: "APT40 was blamed for intrusions at Ostrava Freight and Kellner Telecom.",
			want: []string{"TARGETED APT40 -> Ostrava Freight", "TARGETED APT40 -> Kellner Telecom"}},
		{name: "deployed against",
			text: "APT28 deployed the Frobnicator backdoor against the Examplia Election Commission.",
			want: []string{"TARGETED APT28 -> Examplia Election Commission", "USES APT28 -> Frobnicator"}},

		// The actor in focus across sentences and paragraphs.
		{name: "victims listed in the next paragraph",
			text: "Sandworm is a Russian group.\n\nIts victims include Ostrava Freight and the Marlow Port Authority.",
			want: []string{"TARGETED Sandworm -> Ostrava Freight", "TARGETED Sandworm -> Marlow Port Authority"}},
		{name: "a list continued from the sentence before",
			text: "APT28 has a long list of victims. It includes the Examplia Senate and Brightwater Bank.",
			want: []string{"TARGETED APT28 -> Examplia Senate", "TARGETED APT28 -> Brightwater Bank"}},
		{name: "the focus is the actor named as subject, not an object",
			text: "APT28 worked with the Lamprey gang. The group then breached Fenwick Logistics.",
			want: []string{"TARGETED APT28 -> Fenwick Logistics"},
			not:  []string{"TARGETED Lamprey -> Fenwick Logistics"}},
		{name: "a short form of the actor's name",
			text: "Lamprey057 is a hacktivist group. Last week Lamprey knocked Fenwick Logistics offline.",
			want: []string{"TARGETED Lamprey057 -> Fenwick Logistics"},
			not:  []string{"TARGETED Lamprey057 -> Lamprey"}},
		{name: "a short form shared by two actors stands for neither",
			text: "Lamprey01 is a hacktivist group. Lamprey02 is a hacktivist group too. Lamprey breached Fenwick Logistics.",
			not:  []string{"TARGETED Lamprey01 -> Fenwick Logistics", "TARGETED Lamprey02 -> Fenwick Logistics"}},
		{name: "the subgroup stands for the actor in focus",
			text: "APT28 runs an access subgroup. The subgroup compromised Fenwick Logistics.",
			want: []string{"TARGETED APT28 -> Fenwick Logistics"}},
		{name: "a nationality before a title is no organization",
			text: "After Italian President Ada Morell spoke, APT28 hit Brightwater Bank.",
			want: []string{"TARGETED APT28 -> Brightwater Bank"},
			not:  []string{"AFFILIATED_WITH Ada Morell -> Italian"}},
		{name: "listed on its leak site",
			text: "Lamprey is a ransomware gang. In May the gang listed Corvin Health on its leak site.",
			want: []string{"TARGETED Lamprey -> Corvin Health"}},
		{name: "listed a long name and its apposition on its leak site: one victim",
			text: "Lamprey is a ransomware gang. Lamprey this week listed the Consejería Jurídica del Pelton Federal, the Legal Counsel of the Federal Executive, on its dark web leak site. It posted Marlow Bank, the City of Pelton and Fenwick Logistics on its leak site.",
			want: []string{"TARGETED Lamprey -> Consejería Jurídica del Pelton Federal", "TARGETED Lamprey -> Marlow Bank", "TARGETED Lamprey -> City of Pelton", "TARGETED Lamprey -> Fenwick Logistics"},
			not:  []string{"TARGETED Lamprey -> Legal Counsel"}},
		{name: "listed without the site: the gang's listing",
			text: "Lamprey is a ransomware gang. Last month the group also listed automotive supplier Marlow Motors, which had confirmed the attack. In March it listed Pelton Pharmaceutical Industries, which told its stock exchanges that it had been hit by ransomware. Most of those it listed were Fenwick Logistics customers. A message sent to an address that Lamprey lists for Kellner Bank was not returned. It lists the folders of a \"Quarrow\" folder.",
			want: []string{"TARGETED Lamprey -> Marlow Motors", "TARGETED Lamprey -> Pelton Pharmaceutical Industries"},
			not:  []string{"TARGETED Lamprey -> Fenwick Logistics", "TARGETED Lamprey -> Kellner Bank", "TARGETED Lamprey -> Quarrow", "TARGETED Lamprey -> Cryptocurrency"}},
		{name: "its leak site is the subject's, not that of an actor named in its apposition",
			text: "Lamprey is a ransomware gang. Kellner, a ransomware operation that researchers believe includes former members of the now-defunct Lamprey syndicate, posted Corvin Health on its leak site.",
			want: []string{"TARGETED Kellner -> Corvin Health"},
			not:  []string{"TARGETED Lamprey -> Corvin Health"}},
		{name: "appeared on the actor's leak site",
			text: "Lamprey is a ransomware gang. Fenwick Logistics appeared on Lamprey's data leak site last week.",
			want: []string{"TARGETED Lamprey -> Fenwick Logistics"}},
		{name: "added to its extortion portal, in a clause",
			text: "The bank confirmed an incident after Sandworm added Marlow Credit Union to its extortion portal.",
			want: []string{"TARGETED Sandworm -> Marlow Credit Union"}},
		{name: "rules that forbid attacks name no victims",
			text: "Sandworm's affiliate rules forbid attacks on organizations in Cuba and China.",
			not:  []string{"TARGETED Sandworm -> Cuba", "TARGETED Sandworm -> China"}},
		{name: "software listed with software, or after a colon",
			text: "APT28 breached Fenwick Logistics and deployed GoldenDealer, GoldenHowl and GoldenRobo. We describe both toolsets: GoldenAce in the first, and GoldenMailer in the second.",
			want: []string{"USES APT28 -> GoldenHowl", "TARGETED APT28 -> Fenwick Logistics"},
			not:  []string{"TARGETED APT28 -> GoldenHowl", "TARGETED APT28 -> GoldenRobo", "TARGETED APT28 -> GoldenAce", "TARGETED APT28 -> GoldenMailer"}},
		{name: "a modifier before a group noun is no actor",
			text: "ESET said the GoldenJackal APT group breached Fenwick Logistics.",
			want: []string{"TARGETED GoldenJackal -> Fenwick Logistics"},
			not:  []string{"TARGETED APT -> Fenwick Logistics"}},
		{name: "a name with a Romance particle",
			text: "The Lamprey gang struck the Caja Costarricense de Seguro Social in May.",
			want: []string{"TARGETED Lamprey -> Caja Costarricense de Seguro Social"}},
		{name: "a military unit's number names an actor",
			text: "The advisory details the activity of Unit 29155 of the GRU. The unit's hackers breached Fenwick Logistics.",
			want: []string{"TARGETED Unit 29155 -> Fenwick Logistics"}},
		{name: "a maker before a product noun is no victim",
			text: "APT28 exploited flaws in Dahua security cameras to breach Fenwick Logistics.",
			want: []string{"TARGETED APT28 -> Fenwick Logistics"},
			not:  []string{"TARGETED APT28 -> Dahua"}},
		{name: "phishing emails sent to a recipient, not the brand they carry",
			text: "Mandiant said APT28 had sent phishing emails carrying the logo of the Examplia Democratic Union to the Marlow Institute.",
			want: []string{"TARGETED APT28 -> Marlow Institute"},
			not:  []string{"TARGETED APT28 -> Examplia Democratic Union"}},
		{name: "found inside an organization",
			text: "Years earlier, APT28 was one of two groups found inside the Examplia National Committee.",
			want: []string{"TARGETED APT28 -> Examplia National Committee"}},
		{name: "behind a heist sized in a headline",
			text: "Officials say Lazarus Group hackers behind record $1.5 billion Fenwick Exchange heist.",
			want: []string{"TARGETED Lazarus Group -> Fenwick Exchange"}},
		{name: "a list of recipients ends at what the actor did next",
			text: "APT28 sent emails posing as a press office to members of the Examplia Party, delivering a stealer Mandiant named QuietThief.",
			want: []string{"TARGETED APT28 -> Examplia Party"},
			not:  []string{"TARGETED APT28 -> Mandiant", "TARGETED APT28 -> QuietThief"}},
		{name: "a sentence of prohibitions names no victim countries",
			text: "Sandworm's rules forbid attacks on organizations in Cuba and China, though affiliates keep hitting hospitals.",
			not:  []string{"TARGETED Sandworm -> Cuba", "TARGETED Sandworm -> China"}},

		// Countries, regions, sectors.
		{name: "regions and countries of the victims",
			text: "APT40 targeted shipping firms in Southeast Asia and government agencies in Examplia and Japan.",
			want: []string{"TARGETED APT40 -> Southeast Asia", "TARGETED APT40 -> Japan", "TARGETED APT40 -> Maritime", "TARGETED APT40 -> Government"}},
		{name: "a demonym before a sector is the country",
			text: "Sandworm attacked Ukrainian power companies.",
			want: []string{"TARGETED Sandworm -> Ukraine", "TARGETED Sandworm -> Energy"}},
		{name: "focused on",
			text: "APT40 has focused its operations on the Philippines.",
			want: []string{"TARGETED APT40 -> Philippines"}},

		{name: "the reporter of its own loss in a coordinated clause",
			text: "APT40 kept going. The Ostrava Council said two of its systems were hit, and the Marlow Port Authority warned that its records may have been stolen.",
			want: []string{"TARGETED APT40 -> Ostrava Council", "TARGETED APT40 -> Marlow Port Authority"}},
		{name: "a sentence-initial name coordinated with a name",
			text: "APT28 ran a campaign. Fenwick and the University of Marlow confirmed they had been affected.",
			want: []string{"TARGETED APT28 -> Fenwick", "TARGETED APT28 -> University of Marlow"}},
		{name: "malware as the subject of a disruption",
			text: "Sandworm struck again.\n\nA wiper dubbed Frostbite disabled the Kellner Grid Authority.",
			want: []string{"TARGETED Sandworm -> Kellner Grid Authority", "USES Sandworm -> Frostbite"}},
		{name: "a new paragraph speaks of the main actor",
			text: "Sandworm hit Ostrava Freight. Sandworm also hit Fenwick Logistics. Sandworm is Russian. A persona called Nightjar claimed the attack.\n\nThe group then breached the Marlow Port Authority.",
			want: []string{"TARGETED Sandworm -> Marlow Port Authority"},
			not:  []string{"TARGETED Nightjar -> Marlow Port Authority"}},
		{name: "theft from a victim",
			text: "Lazarus Group stole $100 million from the Orbis Exchange.",
			want: []string{"TARGETED Lazarus Group -> Orbis Exchange"}},

		{name: "the attack blamed in the next sentence",
			text: "Fenwick Hospital, one of the largest clinics in Marlow, said a ransomware attack disrupted its systems. Investigators said the attack was carried out by the Lamprey gang.",
			want: []string{"TARGETED Lamprey -> Fenwick Hospital"}},
		{name: "a group calling itself X",
			text: "An Iranian group calling itself Cyber Wolves defaced Kellner Water Authority.",
			want: []string{"TARGETED Cyber Wolves -> Kellner Water Authority", "ATTRIBUTED_TO Cyber Wolves -> Iran"}},
		{name: "the maker of a product is no victim",
			text: "APT40 compromised controllers made by Ostrava Instruments at water facilities in Japan.",
			want: []string{"TARGETED APT40 -> Japan"},
			not:  []string{"TARGETED APT40 -> Ostrava Instruments"}},
		{name: "a new clause ends the objects",
			text: "APT40 ran operations against shipping firms, and in 2020 the Examplia Justice Department indicted its members.",
			not:  []string{"TARGETED APT40 -> Examplia Justice Department"}},

		{name: "an opening phrase naming the attack",
			text: "In a campaign against Ostrava Freight, APT40 deployed the Frobnicator backdoor.",
			want: []string{"TARGETED APT40 -> Ostrava Freight"}},

		{name: "one of the first victims",
			text: "UNC9999 stole data from cloud accounts. Fenwick Tickets, whose parent Orbis disclosed the incident, was one of the first confirmed victims.",
			want: []string{"TARGETED UNC9999 -> Fenwick Tickets"},
			not:  []string{"TARGETED UNC9999 -> Orbis"}},
		{name: "an official and a modifier country",
			text: "APT28 read e-mail. Defense Secretary Ann Marlow and the US ambassador to Japan, Tom Fenwick, were among the officials whose accounts were accessed.",
			want: []string{"TARGETED APT28 -> Ann Marlow", "TARGETED APT28 -> Tom Fenwick"},
			not:  []string{"TARGETED APT28 -> Japan", "TARGETED APT28 -> United States", "TARGETED APT28 -> Defense"}},

		{name: "phishing e-mails sent to victims",
			text: "In a campaign this spring APT28 registered a domain that imitated a login portal and sent phishing e-mails to the Marlow Institute in Japan.",
			want: []string{"TARGETED APT28 -> Marlow Institute", "TARGETED APT28 -> Japan"}},

		{name: "victims listed under a heading",
			text: "APT40 breached networks in Japan.\n\nTargeting\n\nGovernment agencies and ministries\n\nDefense and maritime industries",
			want: []string{"TARGETED APT40 -> Government", "TARGETED APT40 -> Defense", "TARGETED APT40 -> Maritime"}},
		{name: "exploited products are no tools",
			text: "APT40 exploits vulnerabilities in widely used software such as Log4J and Atlassian Confluence.",
			not:  []string{"USES APT40 -> Log4J", "USES APT40 -> Atlassian"}},

		{name: "named as victims",
			text: "APT40 went after telecoms. Ostrava Telecom, Kellner Mobile and Fenwick Networks have been named in press reports as victims.",
			want: []string{"TARGETED APT40 -> Ostrava Telecom", "TARGETED APT40 -> Kellner Mobile", "TARGETED APT40 -> Fenwick Networks"}},
		{name: "intrusions attributed to several actors",
			text: "Police said hackers had infiltrated Marlow Shipyards over the past year. The agency attributed the intrusions to three groups, APT28, Sandworm and APT40.",
			want: []string{"TARGETED APT28 -> Marlow Shipyards", "TARGETED Sandworm -> Marlow Shipyards", "TARGETED APT40 -> Marlow Shipyards"}},
		{name: "a name ending in a possessive",
			text: "APT28 was responsible for breaches at Fenwick's and Marlow's.",
			want: []string{"TARGETED APT28 -> Fenwick's", "TARGETED APT28 -> Marlow's"}},

		{name: "gained access to its network, told by the victim named before",
			text: "The Port of Marlow said the attack was the work of APT28. The port said the criminals had gained access to parts of its network.",
			want: []string{"TARGETED APT28 -> Port of Marlow"}},
		{name: "people who work at victims",
			text: "APT35 is targeting people who work on policy at universities in Belgium and France.",
			want: []string{"TARGETED APT35 -> Belgium", "TARGETED APT35 -> France", "TARGETED APT35 -> Education"}},
		{name: "a name with for and an adjective of language",
			text: "Scattered Spider, a network of young English-speaking hackers, has been blamed for attacks on Transport for Marlow.",
			want: []string{"TARGETED Scattered Spider -> Transport for Marlow"},
			not:  []string{"TARGETED Scattered Spider -> English-speaking"}},

		{name: "accounts belonging to victims, e-mails sent to victims",
			text: "APT28 sent more than 10,000 malicious e-mails to the Marlow Council and compromised accounts belonging to Fenwick Logistics staff.",
			want: []string{"TARGETED APT28 -> Marlow Council", "TARGETED APT28 -> Fenwick Logistics"}},

		{name: "an actor inside an apposition is no subject",
			text: "Sandworm, a sub-group of the North Korean Lazarus Group, continues to focus on Japan.",
			want: []string{"TARGETED Sandworm -> Japan"},
			not:  []string{"TARGETED Lazarus Group -> Japan"}},
		{name: "software named by the researchers, tools in a definite apposition, steps of the actor in focus",
			text: "APT40 is active.\n\nThe group installed a new trojan that we named Mudskipper. It also deployed the open-source tool Ngrok. Malicious bundles install the Frobnicator backdoor on hosts.",
			want: []string{"USES APT40 -> Mudskipper", "USES APT40 -> Ngrok", "USES APT40 -> Frobnicator"}},

		// What must never come out.
		{name: "a denied attack",
			text: "APT28 had a rule against attacking hospitals.",
			not:  []string{"TARGETED APT28 -> Healthcare"}},
		{name: "disabling is an attack only for malware",
			text: "APT28 disabled Purview Audit on the servers.",
			not:  []string{"TARGETED APT28 -> Purview Audit"}},
		{name: "generic victims are no list",
			text: "APT28 is active.\n\nMany of the victims in this sector are rural hospitals such as Marlow Hospital.",
			not:  []string{"TARGETED APT28 -> Marlow Hospital"}},
		{name: "a country qualifying a branch is no victim",
			text: "APT40 hit the Orbis Bank's US arm and the port of Marlow.",
			not:  []string{"TARGETED APT40 -> United States"}},
		{name: "a description before the name is no victim",
			text: "APT28 later listed the Finnish IT provider Fenwick, whose outage disrupted services for Swedish agencies.",
			not:  []string{"TARGETED APT28 -> Finnish IT", "TARGETED APT28 -> Sweden"}},
		{name: "a list inside a relative clause",
			text: "APT28 had targeted British parliamentarians who were critical of China.",
			want: []string{"TARGETED APT28 -> United Kingdom"},
			not:  []string{"TARGETED APT28 -> China"}},
		{name: "the sponsor of an attack is no victim",
			text: "Officials said APT28 had carried out attacks against NATO allies at the request of the FSB.",
			want: []string{"TARGETED APT28 -> NATO", "ATTRIBUTED_TO APT28 -> FSB"},
			not:  []string{"TARGETED APT28 -> FSB"}},
		{name: "a place is no victim",
			text: "APT28 breached a water utility in Massachusetts.",
			not:  []string{"TARGETED APT28 -> Massachusetts"}},
		{name: "products and acronyms are no victims",
			text: "APT28 compromised Ivanti Connect Secure appliances and collected CPU details from victims, including WINS data.",
			not:  []string{"TARGETED APT28 -> Ivanti Connect Secure", "TARGETED APT28 -> CPU", "TARGETED APT28 -> WINS"}},
		{name: "malware is no victim",
			text: "APT28 used tools like Mimikatz against victims, including Koadic.",
			not:  []string{"TARGETED APT28 -> Mimikatz", "TARGETED APT28 -> Koadic"}},
		// A gang named after a country, and how its victims are told.
		{name: "a gang known by a country's name",
			text: "A ransomware gang known as Cuba claimed the attack on Marlow County Hospital. Cuba later listed Fenwick Logistics on its leak site.",
			want: []string{"TARGETED Cuba -> Marlow County Hospital", "TARGETED Cuba -> Fenwick Logistics"}},
		{name: "a gang named after a country before its ransomware noun",
			text: "The Cuba ransomware gang breached Brightwater Bank.",
			want: []string{"TARGETED Cuba -> Brightwater Bank"}},
		{name: "a country stays a country without those cues",
			text: "APT28 breached ministries in Cuba. A hacking group in Cuba was blamed.",
			want: []string{"TARGETED APT28 -> Cuba"},
			not:  []string{"TARGETED Cuba -> Cuba"}},
		{name: "a site of the gang's own, and a section of it",
			text: "Quillfeather is an extortion gang. In July the gang added Marlow Regional Health Center to the \"pre-release\" section of its site. Brightwater Bank was listed on the gang's site the same week.",
			want: []string{"TARGETED Quillfeather -> Marlow Regional Health Center", "TARGETED Quillfeather -> Brightwater Bank"}},
		{name: "a victim's own website is no listing",
			text: "Quillfeather is an extortion gang. Marlow Bank said its website was down.",
			not:  []string{"TARGETED Quillfeather -> Marlow Bank"}},
		{name: "a plural possessive inside a name",
			text: "APT28 breached the Florida Department of Veterans' Affairs.",
			want: []string{"TARGETED APT28 -> Florida Department of Veterans' Affairs"},
			not:  []string{"TARGETED APT28 -> Affairs"}},
		{name: "the responders are no victims of a free relative",
			text: "APT28 hit Marlow Bank. The bank said it had contacted the FBI and brought in the forensic firm Kestrel Forensics to examine what was accessed.",
			want: []string{"TARGETED APT28 -> Marlow Bank"},
			not:  []string{"TARGETED APT28 -> FBI", "TARGETED APT28 -> Kestrel Forensics"}},
		{name: "a name that starts with digits",
			text: "Police took down the 8Base ransomware gang. The United Nations Development Programme was hit by 8Base. Routers with 10Gbps links were hit by 8Base.",
			want: []string{"TARGETED 8Base -> United Nations Development Programme"},
			not:  []string{"TARGETED 8Base -> 10Gbps"}},
		{name: "a describing compound is not part of the name",
			text: "APT28 breached Dallas-based Omni Hotels & Resorts.",
			want: []string{"TARGETED APT28 -> Omni Hotels & Resorts"},
			not:  []string{"TARGETED APT28 -> Dallas-based Omni Hotels & Resorts"}},
		{name: "the first word of a longer name, alone, is that organization",
			text: "Omni Hotels & Resorts runs fifty hotels. APT28 added Omni to its leak site.",
			want: []string{"TARGETED APT28 -> Omni Hotels & Resorts"},
			not:  []string{"TARGETED APT28 -> Omni"}},
		{name: "a question word's subject is no victim's asset",
			text: "APT28 broke in last year. Check Point did not say how long the intrusions lasted or what information was taken.",
			not:  []string{"TARGETED APT28 -> Check Point"}},
		{name: "lures that were aimed at a victim",
			text: "APT28 sent lures about the summit. Researchers said the emails were aimed squarely at staff of the Marlow Defence Agency.",
			want: []string{"TARGETED APT28 -> Marlow Defence Agency"}},
		{name: "data taken or exfiltrated from a victim",
			text: "APT28 exfiltrated files from the Marlow Bank. Sandworm claimed to have taken 450 gigabytes of data from chipmaker Quarq.",
			want: []string{"TARGETED APT28 -> Marlow Bank", "TARGETED Sandworm -> Quarq"}},
		{name: "a victim taken offline",
			text: "APT28 took Bluewater Health and Windsor Regional Hospital offline for weeks. Sandworm took down the website of Marlow Bank. The Lazarus Group took its own servers offline after Quarq Bank complained.",
			want: []string{"TARGETED APT28 -> Bluewater Health", "TARGETED APT28 -> Windsor Regional Hospital", "TARGETED Sandworm -> Marlow Bank"},
			not:  []string{"TARGETED Lazarus Group -> Quarq Bank"}},
		{name: "a denied passive makes no victim",
			text: "APT28 hit Marlow Bank. Cox, which competes with Marlow, was not affected by the attack. Kestrel Labs said it had found no evidence that Quarq's own servers were breached. Pelton Bank was also hit.",
			want: []string{"TARGETED APT28 -> Marlow Bank", "TARGETED APT28 -> Pelton Bank"},
			not:  []string{"TARGETED APT28 -> Cox", "TARGETED APT28 -> Kestrel Labs", "TARGETED APT28 -> Quarq"}},
		{name: "an attack that the actor boasted about",
			text: "Last November, Quarrow Health was knocked offline by an attack that APT28 later boasted about on Telegram. Sandworm flooded sites in May. In January the websites of Pelton Bank were knocked offline in attacks the group later boasted about.",
			want: []string{"TARGETED APT28 -> Quarrow Health", "TARGETED Sandworm -> Pelton Bank"}},
		{name: "a booby-trapped spreadsheet sent to an official",
			text: "In 2022, APT28 sent a booby-trapped Excel sheet carrying a backdoor to an official at the Marlow Ministry of Trade.",
			want: []string{"TARGETED APT28 -> Marlow Ministry of Trade"}},
		{name: "damage to its systems, attributed after a semicolon",
			text: "In March, Quarrow Hospital cancelled 150 operations after its systems were encrypted; officials attributed the attack to APT28, which demanded a ransom.",
			want: []string{"TARGETED APT28 -> Quarrow Hospital"}},
		{name: "the actor's own name written apart is no victim",
			text: "The Lamprey gang breached Marlow Bank in May. Officials said Lam-Prey was also hit.",
			want: []string{"TARGETED Lamprey -> Marlow Bank"},
			not:  []string{"TARGETED Lamprey -> Lam-Prey"}},
		{name: "a preposition that ends its clause has no object",
			text: "APT28 is a Russian group. \"This group is not relying on the usual playbook to get inside,\" a senior FBI official told reporters.",
			not:  []string{"TARGETED APT28 -> FBI"}},
		{name: "a measure in apposition before 'from'",
			text: "APT28 said it had exfiltrated 5.2 million files, about 6.6 TB of data, from the London branch of Quarrow Bank.",
			want: []string{"TARGETED APT28 -> Quarrow Bank"}},
		{name: "talked its way into databases at victims",
			text: "A crew that calls itself APT28 has talked its way into customer databases at Quarrow, Pelton Bank and Marlow Bank.",
			want: []string{"TARGETED APT28 -> Quarrow", "TARGETED APT28 -> Pelton Bank", "TARGETED APT28 -> Marlow Bank"}},
		{name: "a reporter with a time before 'that', and a spokesperson who is no victim",
			text: "APT28 phoned help desks. Quarrow disclosed on Monday that one of its representatives had been tricked by a voice phishing call. City spokesperson Dana Pell said Friday that files were stolen.",
			want: []string{"TARGETED APT28 -> Quarrow"},
			not:  []string{"TARGETED APT28 -> Dana Pell"}},
		{name: "backdoors planted in the computer systems of a victim",
			text: "APT28 planted backdoors in the computer systems of NPO Quarrow, one of the missile developers. Sandworm used a flaw in the systems of Pelton Bank.",
			want: []string{"TARGETED APT28 -> NPO Quarrow", "TARGETED Sandworm -> Pelton Bank"}},
		{name: "the press the attackers contacted is no victim",
			text: "APT28 operators contacted Quarrow News this week and shared a listing of files they claim were stolen.",
			not:  []string{"TARGETED APT28 -> Quarrow News"}},
		{name: "leaked data about the employees of a victim, files belonging to one",
			text: "APT28 claimed responsibility for leaking data about employees of software company Quarrow. Sandworm posted files belonging to Pelton Bank. The Lazarus Group leaked data about its own members.",
			want: []string{"TARGETED APT28 -> Quarrow", "TARGETED Sandworm -> Pelton Bank"}},
		{name: "listed as a victim, named among its victims",
			text: "On its leak site, APT28 listed the Parliament of Norland, known locally as the Storting, as a victim. Sandworm named Quarrow Bank and Pelton Bank among its latest victims.",
			want: []string{"TARGETED APT28 -> Parliament of Norland", "TARGETED Sandworm -> Quarrow Bank", "TARGETED Sandworm -> Pelton Bank"},
			not:  []string{"TARGETED APT28 -> Storting"}},
		{name: "stolen data on passengers of a victim; installers delivered to a victim",
			text: "APT28 claimed to have stolen data on roughly 5 million passengers and employees of budget airline Quarrow Air. Sandworm spoofed download pages to deliver trojanized installers to the Marlow Defence Agency.",
			want: []string{"TARGETED APT28 -> Quarrow Air", "TARGETED Sandworm -> Marlow Defence Agency"}},
		{name: "interrupted services in countries",
			text: "In late 2023 the group APT28 interrupted streaming television services in Norway and Chile.",
			want: []string{"TARGETED APT28 -> Norway", "TARGETED APT28 -> Chile"}},
		{name: "systems across an organization are its own",
			text: "APT28 struck in May. A ransomware attack knocked out computer systems across Quarrow Health, a network of medical centers, and servers across Norway.",
			want: []string{"TARGETED APT28 -> Quarrow Health"}},
		{name: "a denied observation, a dateline, a malware's relative clause",
			text: "Proofpoint has not observed APT28 targeting Norwegian organizations. OSLO, Chile (Example Wire) - Officials said Monday that Sandworm had broken into its servers. The Lazarus Group used a tool, a play on Stuxnet, the malware that sabotaged Quarrow Energy.",
			not:  []string{"TARGETED APT28 -> Norway", "TARGETED Sandworm -> Chile", "TARGETED Lazarus Group -> Quarrow Energy"}},
		{name: "a relative clause on the actor's own nodes makes no victim of the counter",
			text: "APT28 hid in the network. Quarrow Labs counted 33 command nodes belonging to the Pakistani actor that had been taken over.",
			not:  []string{"TARGETED APT28 -> Quarrow Labs"}},
		{name: "a preposition repeated after 'and' keeps the list going",
			text: "APT28 compromised accounts belonging to Quarrow Health and to the Pelton Institute. Sandworm stole data from Marlow Bank and from Norland Bank.",
			want: []string{"TARGETED APT28 -> Quarrow Health", "TARGETED APT28 -> Pelton Institute", "TARGETED Sandworm -> Marlow Bank", "TARGETED Sandworm -> Norland Bank"}},
		{name: "a separate breach is no attack of the actor in focus",
			text: "APT28 hit Marlow Health in October. The attack came weeks after a separate breach at telecommunications company Quarrow exposed the data of millions. That earlier attack disrupted Pelton Bank.",
			want: []string{"TARGETED APT28 -> Marlow Health", "TARGETED APT28 -> Pelton Bank"},
			not:  []string{"TARGETED APT28 -> Quarrow"}},
		{name: "'in which' opens the clause of a passive: the investigators are no victims",
			text: "APT28 struck in October. Officials said an investigation by the Norland Signals Directorate had tied him to the intrusion, in which the records of former Quarrow Health customers were stolen.",
			want: []string{"TARGETED APT28 -> Quarrow Health"},
			not:  []string{"TARGETED APT28 -> Norland Signals Directorate"}},
		{name: "the story's attack on a victim goes to the actor in focus",
			text: "APT28 flooded sites in June. The attack on Quarrow Bank knocked the company's website out, the team at Pelton Labs said. Officials blamed the attack on Norland intelligence. The 2017 attack on Marlow Bank was worse.",
			want: []string{"TARGETED APT28 -> Quarrow Bank"},
			not:  []string{"TARGETED APT28 -> Pelton Labs", "TARGETED APT28 -> Marlow Bank"}},
		{name: "reached organizations in countries, not a settlement",
			text: "APT28 reached organizations in Oman and Israel. Sandworm reached a settlement with Quarrow Bank. The Lazarus Group reached out to Pelton Bank.",
			want: []string{"TARGETED APT28 -> Oman", "TARGETED APT28 -> Israel"},
			not:  []string{"TARGETED Sandworm -> Quarrow Bank", "TARGETED Lazarus Group -> Pelton Bank"}},
		{name: "a product named before 'servers' is no victim of a theft",
			text: "APT28 has collected emails from victim Microsoft Exchange servers at Quarrow Bank.",
			want: []string{"TARGETED APT28 -> Quarrow Bank"},
			not:  []string{"TARGETED APT28 -> Microsoft Exchange"}},
		{name: "an -ly adverb after the auxiliary; a name in apposition in the subject",
			text: "APT28 flooded sites in Norland. The websites of the Norland Senate and the national health institute, the Istituto Quarrow di Sanità, were briefly knocked offline.",
			want: []string{"TARGETED APT28 -> Norland Senate", "TARGETED APT28 -> Istituto Quarrow di Sanità"}},
		{name: "had its data stolen by, found its files posted by",
			text: "Pelton Air had its data stolen by APT28. Marlow Bank and Fenwick Rail both had internal files published by Sandworm in 2020. The insurer Quarrow Mutual also found its records posted by Sandworm.",
			want: []string{"TARGETED APT28 -> Pelton Air", "TARGETED Sandworm -> Marlow Bank", "TARGETED Sandworm -> Fenwick Rail", "TARGETED Sandworm -> Quarrow Mutual"}},
		{name: "a report published by an actor names no victim",
			text: "A statement published by APT28 named Pelton Air. Pelton Air has data published by the ministry.",
			not:  []string{"TARGETED APT28 -> Pelton Air"}},
		{name: "an actor named after 'tracks as' is no new subject for the references after it",
			text: "APT28, which Kestrel Labs tracks as Sandworm, relied on stolen passwords. The group hit Quarrow Bank.",
			want: []string{"TARGETED APT28 -> Quarrow Bank"},
			not:  []string{"TARGETED Sandworm -> Quarrow Bank"}},
		{name: "an attack blamed on a named actor is that actor's, not the focus's",
			text: "APT28 flooded sites. In 2020, investigators blamed a ransomware outbreak that crippled payment systems at Quarrow Oil on Sandworm.",
			want: []string{"TARGETED Sandworm -> Quarrow Oil"},
			not:  []string{"TARGETED APT28 -> Quarrow Oil"}},
		{name: "probing a network, being active against victims",
			text: "In 2021, Singapore- and Tokyo-based firm Quarrow Intel said APT10 had probed the IT systems of vaccine makers Marlow Biotech and Pelton Labs. APT28 was also active against government institutions in Pakistan. APT28 has been active since 2019 in Oman.",
			want: []string{"TARGETED APT10 -> Marlow Biotech", "TARGETED APT10 -> Pelton Labs", "TARGETED APT28 -> Pakistan"},
			not:  []string{"TARGETED APT10 -> Singapore", "TARGETED APT28 -> Oman"}},
		{name: "the agent between an attack noun and its victims",
			text: "Earlier campaigns included intrusions by APT41 into Quarrow Semiconductor and Pelton Labs. Attacks by Sandworm on Marlow Power followed. Researchers found a campaign by the Chinese APT group APT40 against Kellner Data.",
			want: []string{"TARGETED APT41 -> Quarrow Semiconductor", "TARGETED APT41 -> Pelton Labs", "TARGETED Sandworm -> Marlow Power", "TARGETED APT40 -> Kellner Data"}},
		{name: "a duration between the participle and its agent",
			text: "In July Quarrow Insurance, the country's biggest insurer, had its core systems paralyzed for four days by APT28. Marlow Bank was knocked offline for more than a week by Sandworm.",
			want: []string{"TARGETED APT28 -> Quarrow Insurance", "TARGETED Sandworm -> Marlow Bank"}},
		{name: "data the actor says came from a victim",
			text: "APT28 posted data it said came from Jordan's Ministry of Education. Sandworm published files they said were stolen from Quarrow Bank.",
			want: []string{"TARGETED APT28 -> Ministry of Education", "TARGETED Sandworm -> Quarrow Bank"}},
		{name: "time spent inside a network, reconnaissance against victims, a nation's websites",
			text: "Sandworm had spent more than two years inside the network of Quarrow Semiconductor. APT31 had carried out reconnaissance against Pelton Labs. APT28 defaced Israeli websites. APT40 spent years in Chinese hacktivist circles.",
			want: []string{"TARGETED Sandworm -> Quarrow Semiconductor", "TARGETED APT31 -> Pelton Labs", "TARGETED APT28 -> Israel"},
			not:  []string{"TARGETED APT40 -> China"}},
		{name: "a stance before a gang's name is no part of it",
			text: "Researchers watched the group.\n\nPro-Russian Quarrowlock gang hit Pelton Brewing in May.",
			want: []string{"TARGETED Quarrowlock -> Pelton Brewing"},
			not:  []string{"TARGETED Pro-Russian Quarrowlock -> Pelton Brewing"}},
		{name: "a hyphenated description before 'hacking group' is no name",
			text: "Little-known hacking group spent years inside Quarrow Bank networks, researchers say.",
			not:  []string{"TARGETED Little-known -> Quarrow Bank"}},
		{name: "malware delivered to a victim; malware that did harm long ago is no delivery",
			text: "In 2023 APT28 delivered the Quarrow backdoor to Marlow Air and to Pelton Rail. APT28 named its tool after Stuxnet, the malware that sabotaged Fenwick Nuclear. Last fall, an attack by Sandworm took Kellner Health in Sarnia, Orbis Regional Hospital and three other hospitals in the province offline for weeks.",
			want: []string{"TARGETED APT28 -> Marlow Air", "TARGETED APT28 -> Pelton Rail", "TARGETED Sandworm -> Kellner Health", "TARGETED Sandworm -> Orbis Regional Hospital"},
			not:  []string{"TARGETED APT28 -> Fenwick Nuclear"}},
		{name: "an attack linked to a named actor is that actor's, not the focus's",
			text: "APT28 flooded sites. In July, police arrested four people over the cyberattacks that disrupted Quarrow Retail and Pelton Foods, incidents that officials have linked to the loose collective known as Sandworm. In March, an attack disrupted ticket sales at Marlow Rail, and local media linked it to the Lazarus Group.",
			want: []string{"TARGETED Sandworm -> Quarrow Retail", "TARGETED Sandworm -> Pelton Foods", "TARGETED Lazarus Group -> Marlow Rail"},
			not:  []string{"TARGETED APT28 -> Quarrow Retail", "TARGETED APT28 -> Marlow Rail"}},
		{name: "a vendor's clause after ', and' is no list of victims",
			text: "APT28 is old. CERT-UA described it in attacks on Quarrow Bank, and Kestrel Labs documented a campaign against Pelton Bank.",
			want: []string{"TARGETED APT28 -> Quarrow Bank"},
			not:  []string{"TARGETED APT28 -> Kestrel Labs"}},
		{name: "'its operators' after a ransomware's name are not the actor in focus",
			text: "APT28 hit Quarrow Bank. Babuk itself had drawn attention after its operators stole files from the Pelton Police Department.",
			want: []string{"TARGETED APT28 -> Quarrow Bank"},
			not:  []string{"TARGETED APT28 -> Pelton Police Department"}},
		{name: "coordinated actors share their targets",
			text: "APT28 and the Lazarus Group breached Marlow Bank.",
			want: []string{"TARGETED APT28 -> Marlow Bank", "TARGETED Lazarus Group -> Marlow Bank"}},
		{name: "a list of one actor's names is no coordination",
			text: "We observed a subset of APT40, also tracked as Sandworm and APT28, targeting Marlow Bank.",
			not:  []string{"TARGETED Sandworm -> Marlow Bank"}},
		{name: "a fronted place is no list with the reporter of a loss",
			text: "In Australia, Court Services Norland disclosed that recordings of hearings had been accessed by APT28.",
			want: []string{"TARGETED APT28 -> Court Services Norland"}},
		{name: "a one-word name met before a longer one stays its own organization",
			text: "Regulators fined outsourcing giant Quarrow over the breach. Its subsidiary Quarrow Pension Services was fined too. The Lamprey gang listed Quarrow on its leak site.",
			want: []string{"TARGETED Lamprey -> Quarrow"},
			not:  []string{"TARGETED Lamprey -> Quarrow Pension Services"}},
		{name: "a company's plural possessive is no part of its lab's name",
			text: "Researchers at Lumen Technologies' Black Lotus Labs said APT28 breached Lumen.",
			not:  []string{"TARGETED APT28 -> Lumen Technologies' Black Lotus Labs"}},
		{name: "a company's product with a modifier before its noun is no victim",
			text: "The Lamprey gang drained funds from one of Kellner Exchange's Orbis cold wallets.",
			want: []string{"TARGETED Lamprey -> Kellner Exchange"},
			not:  []string{"TARGETED Lamprey -> Orbis"}},
		{name: "the products of stolen source code are no victims",
			text: "The Lamprey gang broke into game maker Pelton Studios and stole source code for Marlow Quest and Fenwick Racer.",
			want: []string{"TARGETED Lamprey -> Pelton Studios"},
			not:  []string{"TARGETED Lamprey -> Marlow Quest", "TARGETED Lamprey -> Fenwick Racer"}},
		{name: "the parent of a named subsidiary is no victim",
			text: "The Lamprey gang's victims include Kellner Business Solutions, the U.S. services arm of Kellner, and Pelton Games. Lamprey also leaked files from Marlow's Fenwick Games studio. In May, the US arm of Quarrow Bank, Quarrow Financial Services, was hit by Lamprey.",
			want: []string{"TARGETED Lamprey -> Kellner Business Solutions", "TARGETED Lamprey -> Pelton Games", "TARGETED Lamprey -> Fenwick Games", "TARGETED Lamprey -> Quarrow Financial Services"},
			not:  []string{"TARGETED Lamprey -> Kellner", "TARGETED Lamprey -> Marlow", "TARGETED Lamprey -> Quarrow Bank"}},
		{name: "the parent before its subsidiary's name is no victim",
			text: "The Lamprey gang breached Kellner Air subsidiary Fenwick Express.",
			want: []string{"TARGETED Lamprey -> Fenwick Express"},
			not:  []string{"TARGETED Lamprey -> Kellner Air"}},
		{name: "two regions that share their continent",
			text: "APT28 hit organizations across North and South America.",
			want: []string{"TARGETED APT28 -> North America", "TARGETED APT28 -> South America"}},
		{name: "the parent of an unnamed subsidiary is the victim",
			text: "In May, the US arm of Quarrow Bank was hit by the Lamprey gang.",
			want: []string{"TARGETED Lamprey -> Quarrow Bank"}},
		{name: "a list item before an unnamed subsidiary is no apposition",
			text: "The Lamprey gang's victims include Marlow Mail, the U.S. arm of Quarrow Bank, and Fenwick Air.",
			want: []string{"TARGETED Lamprey -> Marlow Mail", "TARGETED Lamprey -> Quarrow Bank", "TARGETED Lamprey -> Fenwick Air"}},
		{name: "a subsidiary named by the parent's acronym",
			text: "The Lamprey gang hit the U.S. arm of Quarrow Kellner Bank, QKB Financial Services, in May.",
			want: []string{"TARGETED Lamprey -> QKB Financial Services"},
			not:  []string{"TARGETED Lamprey -> Quarrow Kellner Bank"}},
		{name: "a product of a known company is no victim",
			text: "APT28 sent e-mails with malicious Microsoft Office attachments.",
			not:  []string{"TARGETED APT28 -> Microsoft Office", "TARGETED APT28 -> Microsoft"}},
		{name: "a lede's attackers are the actor named right after",
			text: "A ransomware gang that broke into the networks of computer maker Quarq Systems last month has started publishing the stolen files.\n\nThe group, which calls itself Lamprey, demanded $4 million.\n\nLast year the Vexor gang hit Pelton Bank.",
			want: []string{"TARGETED Lamprey -> Quarq Systems", "TARGETED Vexor -> Pelton Bank"},
			not:  []string{"TARGETED Vexor -> Quarq Systems"}},
		{name: "a lede's attackers are not an actor named much later",
			text: "Hackers broke into the networks of Quarq Systems last month. The company said it was restoring systems. Its shares fell. Analysts were unsure. Staff were sent home.\n\nThe Lamprey gang has hit other firms.",
			not:  []string{"TARGETED Lamprey -> Quarq Systems"}},
		{name: "data published or leaked from a victim",
			text: "The Lamprey gang is a ransomware crew. In 2022 it published data from Marlow Holdings. The gang also leaked 3 TB of files from Pelton Bank.",
			want: []string{"TARGETED Lamprey -> Marlow Holdings", "TARGETED Lamprey -> Pelton Bank"}},
		{name: "data published from telemetry is no victim",
			text: "The Lamprey gang hit Kell Logistics. Researchers at Quillon Labs published data from their telemetry.",
			not:  []string{"TARGETED Lamprey -> Quillon Labs"}},
		{name: "a country's possessive describing a victim is its place",
			text: "The Lamprey gang claimed the attack on Marlow Retail, Norway's largest grocery chain, and leaked files from Pelton Bank, Chile's oldest lender.",
			want: []string{"TARGETED Lamprey -> Marlow Retail", "TARGETED Lamprey -> Pelton Bank"},
			not:  []string{"TARGETED Lamprey -> Norway", "TARGETED Lamprey -> Chile"}},
		{name: "an actor named after the verb that names it",
			text: "Researchers at Quillon Labs called the operation Pale Heron, and we kept the name. Pale Heron has been active since 2020. Its victims include Marlow Bank. The company called the attack a nuisance.",
			want: []string{"TARGETED Pale Heron -> Marlow Bank"},
			not:  []string{"TARGETED Pale Heron -> Quillon Labs"}},
		{name: "a perfect copula after the actor's targets lists them",
			text: "The Lamprey gang is a ransomware crew. Its targets have historically been Marlow Bank and Pelton Freight. Its victims have been notified.",
			want: []string{"TARGETED Lamprey -> Marlow Bank", "TARGETED Lamprey -> Pelton Freight"}},
		{name: "an actor that expanded to new victims",
			text: "APT40 is a Chinese group. In 2023 the group expanded to organizations in Chile and Peru. It expanded its toolset to include wipers.",
			want: []string{"TARGETED APT40 -> Chile", "TARGETED APT40 -> Peru"}},
		{name: "what the actor's malware did, told in a relative clause",
			text: "The Lamprey gang has used QuietWiper, which crippled Marlow Shipping. Lamprey deployed QuietLoader, which Quillon Labs analyzed.",
			want: []string{"TARGETED Lamprey -> Marlow Shipping"},
			not:  []string{"TARGETED Lamprey -> Quillon Labs"}},
		{name: "the source of a list is not in it",
			text: "APT40 is a Chinese group. Its victims were in Chile, Peru and Japan, Quillon Labs said. APT40 hit Marlow Bank and Pelton Freight, Quillon Labs said on Tuesday.",
			want: []string{"TARGETED APT40 -> Chile", "TARGETED APT40 -> Japan", "TARGETED APT40 -> Pelton Freight"},
			not:  []string{"TARGETED APT40 -> Quillon Labs"}},
		{name: "a possessive inside the name an actor calls itself",
			text: "The group, which calls itself Quarrow's Axe, began posting in November. Quarrow's Axe leaked files from Marlow Bank.",
			want: []string{"TARGETED Quarrow's Axe -> Marlow Bank"}},
		{name: "had its files published, with or without the actor",
			text: "The Lamprey gang is a ransomware crew. Marlow Games had development files and employee data published after it refused to pay. Pelton Bank and Kell Freight have both had data stolen in recent years.",
			want: []string{"TARGETED Lamprey -> Marlow Games"},
			not:  []string{"TARGETED Lamprey -> Pelton Bank", "TARGETED Lamprey -> Kell Freight"}},
		{name: "data stolen from a victim, in a reduced clause",
			text: "The Lamprey gang is a ransomware crew. Data stolen from the University of Pelton appeared on its leak site that year.",
			want: []string{"TARGETED Lamprey -> University of Pelton"}},
		{name: "victims across a place, including a list",
			text: "The Lamprey gang is a ransomware crew. Its affiliates have claimed victims across several continents, including Marlow Motor and the US arm of Kellner Solutions.",
			want: []string{"TARGETED Lamprey -> Marlow Motor", "TARGETED Lamprey -> Kellner Solutions"}},
		{name: "struck by ransomware from a named group",
			text: "APT40 is a Chinese group. In 2023 the Pelton Institute was struck by ransomware from a group calling itself Quillfeather, which demanded bitcoin.",
			want: []string{"TARGETED Quillfeather -> Pelton Institute"},
			not:  []string{"TARGETED APT40 -> Pelton Institute"}},
		{name: "a campaign aimed at victims, and none aimed at others",
			text: "APT40 is a Chinese group. In 2024, Quillon Labs identified an email campaign aimed at a handful of organizations in Chile. The attacks have been aimed at Marlow Bank and Pelton Freight. We have seen almost no APT40 operations aimed at Peruvian institutions.",
			want: []string{"TARGETED APT40 -> Chile", "TARGETED APT40 -> Marlow Bank", "TARGETED APT40 -> Pelton Freight"},
			not:  []string{"TARGETED APT40 -> Peru"}},
		{name: "an onlooker aware of the incident is no victim",
			text: "Hackers hit Marlow Bank last week. The Pelton Police Department said it was aware of the incident. The Lamprey gang later claimed responsibility.",
			not:  []string{"TARGETED Lamprey -> Pelton Police Department"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			checkEdges(t, b, tt.want, tt.not)
			checkNegatives(t, b)
		})
	}
}

// TestExtractAliasCues checks alias claims stated in different ways, each
// with the report as source, and that the names become one actor.
func TestExtractAliasCues(t *testing.T) {
	tests := []struct {
		name, text, actor string
		want              []string
	}{
		{"also known as", "Sandworm, also known as Electrum and Iron Viking, attacked Kellner Telecom.", "Sandworm", []string{"Electrum", "Iron Viking"}},
		{"aka in parentheses", "APT40 (aka Gingham Typhoon) was active.", "APT40", []string{"Gingham Typhoon"}},
		{"which others track as", "Lazarus Group, which other vendors track as Onyx Sleet and Zinc Tempest, struck again.", "Lazarus Group", []string{"Onyx Sleet", "Zinc Tempest"}},
		{"which a named vendor tracks as", "APT28, which Symantec tracks as Quarrow Bear, hit Pelton Bank.", "APT28", []string{"Quarrow Bear"}},
		{"tracked by a vendor as", "Copper Heron - tracked by Mandiant as UNC9999 and by Microsoft as Storm-9999 - is new.", "Copper Heron", []string{"Storm-9999", "UNC9999"}},
		{"tracks the same actor as", "Sandworm breached Fenwick Logistics. Microsoft, which tracks the same actor as Storm-9999, published details.", "Sandworm", []string{"Storm-9999"}},
		{"known as X and also as Y", "Researchers studied a new actor.\n\nThe group is commonly known as APT40 and also as Gingham Typhoon and Bronze Mohawk.", "APT40", []string{"Gingham Typhoon", "Bronze Mohawk"}},
		{"a list of aliases ends at a new clause", "APT40 breached Marlow Bank. Palo Alto Networks' Unit 42 tracks the people behind it as Gingham Typhoon, and Google-owned Mandiant follows a related cluster.", "APT40", []string{"Gingham Typhoon"}},
		{"the group, which is also known as", "APT28 is Russian.\n\nThe group, which is also known as Strontium, kept going.", "APT28", []string{"Strontium"}},
		{"a ransomware group, also known as", "In 2023, the Quarrow ransomware group, also known as Pelton Cat, hit Marlow Health.", "Quarrow", []string{"Pelton Cat"}},
		{"the group, which also calls itself", "APT28 is Russian.\n\nThe group, which also calls itself the Quarrow Army, posted clips.", "APT28", []string{"Quarrow Army"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := extractText(t, tt.text)
			var node graph.Node
			for _, n := range b.Nodes {
				if n.Kind == graph.ThreatActor && n.Name == tt.actor {
					node = n
				}
			}
			if node.ID == "" {
				t.Fatalf("got no actor %q among %v", tt.actor, b.Nodes)
			}
			claims := map[string]bool{}
			for _, c := range node.AliasClaims {
				if c.Source != b.Report.ID {
					t.Errorf("got claim source %q, want %q", c.Source, b.Report.ID)
				}
				claims[c.Alias] = true
			}
			for _, w := range tt.want {
				if !claims[w] {
					t.Errorf("got claims %v, want %q", node.AliasClaims, w)
				}
			}
			for _, n := range b.Nodes {
				for _, w := range tt.want {
					if n.Kind == graph.ThreatActor && n.Name == w {
						t.Errorf("got a separate actor %q, want it merged into %q", w, tt.actor)
					}
				}
			}
		})
	}
}

// TestExtractMergedActorKeepsItsEdges checks that an actor the report later
// says is a known one ("tracks the gang as APT40") gives its earlier edges to
// that actor, and that the report's own name for it stays as a claimed alias.
func TestExtractMergedActorKeepsItsEdges(t *testing.T) {
	b := extractText(t, "The Cuba ransomware gang breached Marlow Bank in May.\n\nUnit 42 tracks the gang as APT40. The group later hit Brightwater Port.")
	checkEdges(t, b, []string{"TARGETED APT40 -> Marlow Bank", "TARGETED APT40 -> Brightwater Port"}, []string{"TARGETED Cuba -> Marlow Bank"})
	var apt40 graph.Node
	for _, n := range b.Nodes {
		if n.Kind == graph.ThreatActor && n.Name == "Cuba" {
			t.Errorf("got the merged actor %q as a node of its own", n.Name)
		}
		if n.Kind == graph.ThreatActor && n.Name == "APT40" {
			apt40 = n
		}
	}
	claimed := false
	for _, c := range apt40.AliasClaims {
		claimed = claimed || c.Alias == "Cuba" && c.Source == b.Report.ID
	}
	if !claimed {
		t.Errorf("got claims %v on %q, want the report's claim of \"Cuba\"", apt40.AliasClaims, apt40.Name)
	}
}

// TestExtractDeterministic extracts every development report three times
// and wants the same batch each time (no map order reaches the output).
func TestExtractDeterministic(t *testing.T) {
	g := defaultGazetteer(t)
	files, err := filepath.Glob(filepath.Join("testdata", "dev", "*.*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("got no development reports (%v)", err)
	}
	for _, f := range files {
		if filepath.Ext(f) == ".jsonl" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var first []byte
		for i := 0; i < 3; i++ {
			b, err := Read(f, data, g)
			if err != nil {
				t.Fatalf("read %s: %v", f, err)
			}
			j, err := json.Marshal(b)
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				first = j
			} else if !bytes.Equal(j, first) {
				t.Errorf("got a different batch for %s on run %d, want the same", f, i+1)
			}
		}
	}
}
