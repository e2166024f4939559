package report

import "strings"

// The word lists below drive recognition. They are small and explicit on
// purpose: a word that is not here is not a cue.

// wordID numbers the words and phrases of the word lists; 0 stands for
// every other word. Each token carries the id of its lower-case text
// (tok.id), so that a list answers for a token with a bit test rather than a
// map lookup: the rules ask hundreds of lists about every token.
type wordID int32

// vocab gives the words of every list their ids. Lists are built while the
// package initializes and never after (set panics then), so vocab is only
// read once extraction can run, from any number of goroutines.
var vocab = map[string]wordID{}

var (
	lists       []*wordSet
	listsSealed bool
)

// init seals the lists and gives each one bits for every id, so that is
// needs no length check.
func init() {
	listsSealed = true
	n := len(vocab)>>6 + 1
	for _, ws := range lists {
		ws.bits = append(ws.bits, make([]uint64, n-len(ws.bits))...)
	}
}

// wordSet is a word list: lower-case words or phrases.
type wordSet struct {
	bits  []uint64 // bit id is set for each wordID in the list
	words []string // the list in its order, for the few loops over it
}

// set builds a word list from words separated by "|".
func set(words string) *wordSet {
	if listsSealed {
		panic("report: word list built after initialization")
	}
	ws := &wordSet{}
	lists = append(lists, ws)
	for _, w := range strings.Split(words, "|") {
		if w = strings.TrimSpace(w); w != "" {
			id, ok := vocab[w]
			if !ok {
				id = wordID(len(vocab) + 1)
				vocab[w] = id
			}
			for int(id>>6) >= len(ws.bits) {
				ws.bits = append(ws.bits, 0)
			}
			ws.bits[id>>6] |= 1 << (id & 63)
			ws.words = append(ws.words, w)
		}
	}
	return ws
}

// is reports whether the word with id is in the list. Id 0 is in none:
// ids start at 1.
func (ws *wordSet) is(id wordID) bool {
	return ws.bits[uint32(id)>>6]&(1<<(id&63)) != 0
}

// has reports whether w is in the list.
func (ws *wordSet) has(w string) bool { return ws.is(vocab[w]) }

// orgHeads end the name of an organization ("National Election Commission").
var orgHeads = set(`enterprise|registry|registrar|diocese|archdiocese|church|enterprises|programme|ministry|ministries|departments|agencies|offices|library|museum|hospitals|clinic|resorts|resort|casino|
casinos|hotels|hotel|corps|guard|guards|holdings|healthcare|pharmacy|laboratory|commission|committee|party|senate|parliament|assembly|agency|bank|department|
office|council|court|corporation|corp|inc|ltd|llc|plc|gmbh|company|companies|university|institute|foundation|association|
federation|union|post|times|news|journal|herald|tribune|press|gazette|daily|telegraph|guardian|pictures|entertainment|
embassy|consulate|navy|police|administration|authority|bureau|centre|center|organization|organisation|airlines|airways|
telecom|telecommunications|exchange|fund|society|alliance|movement|league|coalition|army|forces|force|command|
service|services|secretariat|group|holdings|systems|technologies|networks|laboratories|labs|hospital|school|college|
academy|agency|directorate|cabinet|government|congress|tribunal|utility|utilities|energo|oblenergo|operator|broadcasting|
television|radio|network|media|publishing|forum|airport|railways|railway|port|chamber|board|inc.|co|foundation|trust|mission|
power|electric|electricity|water|gas|petroleum|pipeline|airline|bancorp|insurance|foods|pharmaceuticals|pharma|motors|industries|
solutions|partners|chemicals|shipping|clinics|transport|transit|lines|freight|assistance`)

// orgStarts begin an organization name followed by "of" ("Ministry of ...").
var orgStarts = set(`ministry|department|bank|university|embassy|office|bureau|council|commission|committee|institute|
agency|academy|federation|union|court|parliament|senate|house|chamber|board|college|school|government|state|people's|peoples|judiciary|municipality|province|prefecture|directorate|directorate-general|secretariat|inspectorate`)

// orgCues are lowercase nouns that introduce an organization's name: "the
// NGO Licadho", "security firm FireEye".
var orgCues = set(`organization|organisation|ngo|company|firm|outlet|newspaper|agency|party|ministry|bank|university|
broadcaster|vendor|contractor|institute|charity|publication|daily|weekly|magazine|website|operator|provider|utility|
studio|exchange|lender|insurer|carrier|manufacturer|nonprofit|non-profit|think-tank|watchdog|regulator|subsidiary|
maker|retailer|giant|conglomerate|supplier|distributor|chain|airline|broker|processor|issuer`)

// institutions may follow a demonym in lower case: "the Cambodian senate".
var institutions = set(`senate|parliament|government|foreign office|home office|war office|cabinet office|
defence ministry|ministry of defense|ministry of defence|ministry of foreign affairs|state department|military|navy|army|police|embassy|ministry|central bank|election commission|
foreign ministry|defense ministry|defence ministry|interior ministry|presidency|congress|legislature|judiciary|
national assembly|armed forces|air force|intelligence service|intelligence services`)

// titles introduce a person's name: "analyst Ben Read", "Prime Minister Hun Sen".
var titles = set(`analyst|researcher|director|minister|president|spokesperson|spokesman|spokeswoman|ceo|cto|ciso|founder|chairman|
chairwoman|chair|official|senator|secretary|ambassador|professor|dr|mr|mrs|ms|businessman|businesswoman|miner|journalist|
reporter|editor|author|expert|investigator|engineer|lawyer|attorney|advisor|adviser|manager|head|chief|leader|lawmaker|
politician|activist|diplomat|governor|mayor|general|colonel|officer|agent|prosecutor|judge|vice|deputy|senior|principal|
lead|prime|foreign|interior|defense|defence|finance|intelligence|security|threat|executive|managing|technical|vp|
representative|member|candidate|commander|premier|king|queen|prince|princess|consultant|fellow|specialist|hunter`)

// personTitles are the title words that may directly precede a name.
var personTitles = set(`analyst|researcher|director|minister|president|spokesperson|spokesman|spokeswoman|ceo|cto|ciso|founder|
chairman|chairwoman|official|senator|secretary|ambassador|professor|dr|mr|mrs|ms|businessman|businesswoman|miner|journalist|
reporter|editor|expert|investigator|engineer|lawyer|attorney|advisor|adviser|manager|chief|leader|lawmaker|politician|
activist|diplomat|governor|mayor|general|colonel|officer|prosecutor|judge|commander|premier|consultant|specialist|hunter|
representative|candidate|king|queen|prince|princess|fellow|chancellor|premier|senator|congressman|congresswoman|
mp|dr.|rep|sen|executive`)

// starters are capitalized words that begin sentences but never names.
var starters = set(`the|a|an|in|on|at|according|however|but|and|or|several|those|these|this|that|its|it|they|we|he|she|
perhaps|within|there|their|his|her|our|my|your|some|many|most|all|both|other|another|such|two|three|four|five|one|no|not|
if|when|while|although|though|after|before|since|because|as|so|also|then|thus|still|yet|even|only|just perhaps|
additionally|meanwhile|moreover|furthermore|previously|recently|earlier|later|today|yesterday|last|next|first|
second|third|finally|instead|already|each|every|any|several|few|more|less|what|which|who|why|how|where|for|from|by|
with|without|about|against|among|between|during|over|under|until|upon|via|per|than|to|of|is|are|was|were|be|been|
has|have|had|do|does|did|will|would|can|could|should|may|might|must|said|says|credit|photo|image|read|recent|features|
prior|new|latest|further|following|based|unlike|like|despite|here|now|once|nearly|almost|about|around|approximately|
indeed|overall|notably|specifically|similarly|likewise|ultimately|initially|subsequently|separately|together|
online|webpages|friendly|independent|researchers|officials|experts|analysts|hackers|attackers|victims|
targets|organizations|companies|note|update|summary|background|source|sources|related|see|also|tags|published|
roughly|some|up|fewer|dozens|hundreds|thousands|except|besides|beyond|apart|aside|alongside|amid|amongst|throughout|whereas`)

// targetVerbs say that the subject went after the object.
var targetVerbs = set(`target|targets|targeted|targeting|targetted|targetting|breach|breaches|breached|breaching|hack|hacks|
hacked|hacking|compromise|compromises|compromised|compromising|attack|attacks|attacked|attacking|infiltrate|infiltrates|
infiltrated|infiltrating|penetrate|penetrates|penetrated|penetrating|infect|infects|infected|infecting|hit|hits|hitting|
strike|strikes|struck|striking|phish|phished|phishing|spearphished|spear-phished|spearphishing|spear-phishing|
spy|spied|spying|spies|raid|raided|raiding|disrupt|disrupted|disrupting|disrupts|sabotage|sabotaged|sabotaging|
victimize|victimized|victimised|infiltrated|intruded|penetrated|robbed|rob|robbing|
wiped|wiping|destroyed|destroying|destroy|destroys|erased|erasing|defaced|defacing|extorted|extorting|extort|extorts|breaking|broke|broken|break|went|going|go|goes|gone|burrowing|burrowed|
burrow|burrows|focused|focuses|focusing|focus|focussed|got|get|gets|getting|preyed|preying|preys|affected|affects|affecting|
crippled|cripple|cripples|crippling|paralyzed|paralysed|paralyze|knocked|interrupted|interrupting|reached|reaching|
stole|steal|steals|stealing|stolen|obtain|obtained|obtaining|gather|gathered|gathering|harvest|harvested|drained|drain|drains|draining|siphoned|looted|robbed|hijacked|hijack|hijacking|
encrypted|encrypting|locked|gained|gain|gains|gaining|expanded|expanding|expands|expand|concentrated|concentrates|concentrating|
centred|centered|flooded|flooding|bombarded|bombarding|hammered|hammering|overwhelmed|swamped|ddosed|probed|probing|
swept|sweeping|moved|roamed|halted|halting|tore|tearing|tears|ripped|ripping|rips|rifled|rifle|rifles|rifling|rummaged|rummage|rummaging`)

// twoWordTarget are target verbs that need a particle: "broke into", "went after".
var targetParticle = map[string]string{"burrowing": "into", "burrowed": "into", "burrow": "into", "burrows": "into",
	"gone": "after", "got": "into", "get": "into", "gets": "into", "getting": "into", "focused": "on", "focuses": "on", "focusing": "on", "focus": "on", "focussed": "on", "preyed": "on",
	"preying": "on", "preys": "on", "zeroed": "in", "homed": "in", "honed": "in", "breaking": "into", "broke": "into", "broken": "into", "break": "into",
	"spy": "on", "spied": "on", "spying": "on", "spies": "on", "went": "after", "going": "after", "go": "after", "goes": "after",
	"expanded": "to", "expanding": "to", "expands": "to", "expand": "to",
	"concentrated": "on", "concentrates": "on", "concentrating": "on", "centred": "on", "centered": "on",
	"active": "against", "swept": "up", "sweeping": "up", "moved": "through", "roamed": "through",
	"tore": "through", "tearing": "through", "tears": "through", "ripped": "through", "ripping": "through", "rips": "through",
	"rifled": "through", "rifle": "through", "rifles": "through", "rifling": "through", "rummaged": "through", "rummage": "through", "rummaging": "through"}

// passiveOK are target verbs in their participle form.
var participles = set(`targeted|targetted|breached|hacked|compromised|attacked|infiltrated|penetrated|infected|hit|struck|
phished|spearphished|spear-phished|spied|raided|disrupted|sabotaged|victimized|victimised|accessed|robbed|wiped|
defaced|extorted|encrypted|impacted|affected|broken|exposed|leaked|stolen|taken|exfiltrated|siphoned|drained|
crippled|paralyzed|paralysed|hijacked|downloaded|copied|accessed|read|knocked|hammered|flooded|overwhelmed|swamped|tricked|duped|deceived|scammed|
bombarded|ddosed|defaced|downed`)

// auxiliaries introduce a passive participle.
var auxiliaries = set(`was|were|been|being|is|are|be|get|got|gets|getting|become|became`)

// adverbs may stand between an auxiliary and a participle.
var adverbs = set(`also|previously|reportedly|allegedly|recently|repeatedly|already|all|both|successfully|likely|
probably|apparently|first|later|subsequently|then|again|not|never|since|originally|initially|partly|widely|
directly|separately|heavily|specifically|actively|possibly|once|earlier|systematically|primarily|mostly|mainly|
largely|simultaneously|reportedly|seemingly|each|themselves|publicly|formally|officially|quickly|jointly|squarely|chiefly|deliberately|specially|explicitly`)

// nominals are nouns of attack that take a victim after a preposition:
// "attacks on X", "intrusions into X".
var nominals = set(`attack|attacks|intrusion|intrusions|campaign|campaigns|operation|operations|espionage|hack|hacks|
breach|breaches|targeting|compromise|compromises|infiltration|activity|activities|spying|phishing|spearphishing|
operations|incursions|raids|raid|assault|assaults|cyberattack|cyberattacks|cyber-attack|cyber-attacks|theft|thefts|
heist|heists|robbery|outbreak|incident|hacking|wiper|wave|waves|spree|blitz|reconnaissance|destruction|defacement|defacements|break-in|break-ins|barrage|barrages|onslaught|
hits|takedowns|strikes|outage|outages|credential-phishing|credential-harvesting|hijacking|hijackings`)

var nominalPreps = set(`on|against|into|at|of|targeting|from`)

// listNouns are nouns for victims that a list can follow: "targets included".
var listNouns = set(`targets|target|victims|victim|organizations|organisations|entities|institutions|agencies|companies|
sectors|industries|firms|groups|bodies|parties|networks|systems|individuals|people|persons|officials|users|customers|countries|nations|
targeted|impacted|affected|attacked|compromised|breached|hacked`)

// rosterNouns after "victim" or "target" name the list of them: "the
// group's victim list includes X".
var rosterNouns = set(`list|roster|tally|lineup`)

// listVerbs join list nouns to their items.
var listVerbs = set(`include|included|includes|including|were|are|was|is|ranged|ranging|range|comprised|comprise|
comprises|spanned|spanning|span|spans|such|been`)

// thinkVerbs open a "that" clause with a subject of its own: "lead us to
// believe that this activity is ...".
var thinkVerbs = set(`believe|believes|believed|assess|assesses|assessed|conclude|concludes|concluded|think|thinks|thought|
suspect|suspects|suspected|judge|judges|judged|indicate|indicates|indicated|suggest|suggests|suggested`)

// listMarks say a list names victims: at least one must stand in the lead-in.
var listMarks = set(`targets|target|victims|victim|targeted|impacted|affected|attacked|compromised|breached|hacked|
infected|infiltrated|penetrated|targeting|hit|struck|victimized|victimised|reached|reaching`)

// relatives open a relative clause that is not part of a list item.
var relatives = set(`who|whove|whom|whose|which|that|thats|whos`)

// clauseStops end the span of a verb's objects.
var clauseStops = set(`according|using|via|which|who|whove|whose|whom|because|since|while|when|although|but|said|says|
told|whereas|though|after|before|until|as|with|where|whether|if|once|amid|during|in order|so|thereby|through|by|
allowing|enabling|leading|resulting|causing|prompting|despite|to|ahead|lead-up|run-up|prior|over|event`)

// actorRefs stand for the actor in focus: "the group", "they".
var actorRefs = set(`it|they|group|actor|hackers|attackers|operators|intruders|adversary|adversaries|gang|crew|apt|
outfit|collective|unit|team|threat actor|spies|network|subgroup|sub-group|cluster|criminals|cybercriminals|extortionists`)

// pronouns that can stand for the actor in focus.
var pronouns = set(`it|they|its|their`)

// groupNouns follow adjectives to describe an actor: "a Chinese espionage group".
var groupNouns = set(`group|groups|actor|actors|hackers|hacker|apt|apts|gang|gangs|team|teams|unit|units|operators|operator|intruders|attackers|
network|spies|crew|outfit|collective|adversary|adversaries|threat|hacking|criminals|cybercriminals|extortionists|
subgroup|sub-group|cluster|persona`)

// groupModifiers may stand between a demonym and a group noun.
var groupModifiers = set(`espionage|cyber-espionage|cyberespionage|state-sponsored|state-backed|state-linked|
nation-state|government-backed|government-linked|military|intelligence|hacking|hacker|threat|apt|cyber|advanced|
persistent|spy|spying|statesponsored|hacking|ransomware|criminal|cybercriminal|the|a|an|most|active|one|of|prolific|
sophisticated|notorious|known|suspected|alleged|likely|probable|military-linked|government|state|sponsored|backed|same`)

// attributionCues tie an actor to a sponsor: "tied to China".
var attributionCues = [][]string{
	{"tied", "to"}, {"linked", "to"}, {"attributed", "to"}, {"connected", "to"}, {"associated", "with"},
	{"backed", "by"}, {"sponsored", "by"}, {"directed", "by"}, {"working", "for"}, {"works", "for"},
	{"working", "on", "behalf", "of"}, {"acting", "on", "behalf", "of"}, {"acts", "on", "behalf", "of"},
	{"on", "behalf", "of"}, {"operating", "out", "of"}, {"operates", "out", "of"}, {"based", "in"},
	{"operating", "from"}, {"originating", "from"}, {"believed", "to", "be", "from"}, {"part", "of"},
	{"affiliated", "with"}, {"controlled", "by"}, {"run", "by"}, {"operated", "by"}, {"tied", "with"},
	{"ties", "to"}, {"links", "to"}, {"nexus", "to"}, {"on", "behalf", "of", "the"}, {"at", "the", "behest", "of"},
	{"working", "at", "the", "behest", "of"}, {"a", "unit", "of"}, {"unit", "of"}, {"sponsored", "by", "the"},
	{"work", "for"}, {"attribute", "to"}, {"at", "the", "request", "of"}, {"at", "the", "direction", "of"},
	{"under", "the", "direction", "of"}, {"under", "orders", "from"}, {"on", "orders", "from"}, {"element", "of"}, {"arm", "of"}, {"subordinate", "to"}, {"division", "of"},
	{"branch", "of"}, {"attributes", "to"}, {"attributed", "it", "to"}, {"serves"}, {"serving"},
	{"operating", "under"}, {"operates", "under"}, {"reports", "to"}, {"aligned", "with"}, {"affiliated", "to"},
}

// stateWords after a demonym stand for the state: "the Chinese government".
var stateWords = set(`government|state|regime|military|army|intelligence|authorities|leadership|ministry|communist|
security|services|administration|kremlin|navy`)

// introCues introduce an actor's name: "a group known as X", "dubbed X".
var introCues = [][]string{
	{"known", "as"}, {"dubbed"}, {"called"}, {"named"}, {"tracked", "as"}, {"referred", "to", "as"},
	{"nicknamed"}, {"codenamed"}, {"code-named"}, {"labelled"}, {"labeled"}, {"designated"}, {"identified", "as"},
	{"tracks", "as"}, {"calls"}, {"call"}, {"calling", "itself"}, {"calls", "itself"}, {"styling", "itself"},
	{"calling", "himself"}, {"calls", "himself"}, {"calling", "herself"}, {"calls", "herself"}, {"styling", "himself"},
	{"calling", "themselves"}, {"calls", "themselves"}, {"going", "by"}, {"using", "the", "name"}, {"using", "the", "handle"},
	{"using", "the", "alias"},
}

// aliasCues say that two names are one actor: "X, also known as Y".
var aliasCues = [][]string{
	{"calls", "itself"}, {"call", "themselves"}, {"calls", "themselves"}, {"called", "itself"}, {"called", "themselves"},
	{"also", "tracked", "by"}, {"tracked", "by"}, {"tracks", "as"}, {"track", "as"}, {"tracked", "as"}, {"call"}, {"calls"},
	{"called"}, {"dubbed"}, {"named"}, {"designated", "as"}, {"referred", "to", "as"},
	{"also", "known", "as"}, {"aka"}, {"a.k.a."}, {"a.k.a"}, {"also", "called"}, {"also", "tracked", "as"},
	{"otherwise", "known", "as"}, {"also", "referred", "to", "as"}, {"known", "as"}, {"alias"}, {"or"},
	{"also", "dubbed"}, {"tracked", "by", "others", "as"}, {"also", "tracked", "by", "others", "as"},
	{"also", "operate", "under", "the", "name"}, {"also", "operates", "under", "the", "name"}, {"operates", "under", "the", "name"},
	{"operate", "under", "the", "name"}, {"operating", "under", "the", "name"}, {"also", "goes", "by"}, {"also", "go", "by"}, {"goes", "by"},
}

// useVerbs say that an actor used a piece of software.
var useVerbs = set(`using|used|uses|use|deployed|deploy|deploys|deploying|leveraged|leveraging|leverages|leverage|employed|
employing|employs|installed|installing|dropped|dropping|delivered|delivering|distributed|distributing|wielded|wielding|
relied|relying|infected|planted|planting|spread|spreading|utilized|utilizing|utilised|utilising|launched|unleashed|
rolled|armed|inserted|inserting|implanted|implanting|ran|run|running|runs|executed|executing|executes|loaded|loading|
pushed|pushing|installs|install|delivers|deliver|deploys|drops|dropped|spread|wielded|leverages|relies|relied|
routed|routing|used`)

// malwareNouns mark a name as malware ("the X backdoor"), toolNouns as a tool.
var malwareNouns = set(`malware|backdoor|backdoors|trojan|trojans|implant|implants|ransomware|wiper|wipers|rat|worm|dropper|
droppers|loader|loaders|rootkit|rootkits|spyware|virus|botnet|keylogger|stealer|infostealer|payload|payloads|variant|
family|downloader|bootkit|webshell|web-shell|shell|module|modules|agent|sample|samples`)

var toolNouns = set(`tool|tools|framework|frameworks|utility|utilities|software|toolkit|toolkits|kit|platform|exploit|
profiler|scanner|tooling|suite|program|script|scripts`)

// notSoftware are capitalized words that follow "using" but are no software.
var notSoftware = set(`the|a|an|this|that|these|those|its|their|his|her|our|spear|phishing|emails|email|stolen|
legitimate|compromised|social|fake|malicious|several|multiple|various|different|two|three|both|local|news|webpages|
i|we|you|they|he|she|it|microsoft|windows|google|facebook|twitter|linkedin|telegram|whatsapp|word|excel|office|
powershell|linux|android|ios|macos|internet|web|dns|http|https|vpn|ssh|rdp|smb|tor|english|july|june|may|april|
march|february|january|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|
sunday|base64|jar|chm|com|dll|dlls|vbs|ftp|sftp|rar|zip|7-zip|wmi|wi-fi|wifi|rdp|lnk|hta|iso|xor|aes|rc4|ssl|tls|icmp|
tcp|udp|api|apis|url|urls|ip|html|js|exe|pdf|doc|docx|xls|xlsx|rtf|macro|macros|vba|json|xml|sql|ldap|ntlm|kerberos|
smtp|imap|pop3|vnc|cmd|bash|shell|python|perl|php|java|javascript|c2|c&c|github|dropbox|onedrive|slack|discord|
remote|desktop|active|directory|registry|task|scheduler|cloud|azure|aws|m365|office365|outlook|exchange|sharepoint|
chrome|firefox|edge|safari|openssl|unix|mac|usb|bios|uefi|ssh|sshd|cve|ntds|lsass|sam|mft|bits|winrm|psexec_|
github|pastebin|google|yahoo|gmail|protonmail|citrix|vmware|fortigate|pulse|ivanti|confluence|tomcat|apache|nginx|iis|covid-19|covid|coronavirus|
hyper-v|esxi|vsphere|vcenter|kubernetes|jenkins|teamcity|jira|zimbra|roundcube`)

// regions are places that are not countries; they never become nodes.
var regions = set(`asia|europe|africa|north america|south america|latin america|middle east|southeast asia|south asia|
east asia|central asia|eastern europe|western europe|oceania|the west|scandinavia|the balkans|balkans|caucasus|
asia pacific|asia-pacific|apac|emea|gulf|persian gulf|south china sea|hainan|taiwan strait|crimea|donbas|
central america|north africa|west africa|east africa|southern africa|sub-saharan africa|central europe|
southeast europe|northern europe|southern europe|the caribbean|caribbean|baltics|the baltics|nordics|mena|
the americas|americas|indo-pacific|the pacific|south pacific|south-east asia|south east asia|south-east europe|northeast asia|north-east asia`)

// loneRegions are regions named by one word that also opens names ("Pacific
// Gas and Electric"): alone before a common noun they are the region ("a
// small Pacific nation").
var loneRegions = set(`pacific|arctic|antarctic`)

// nationNouns after a region's adjective make it one country: "the small
// Pacific kingdom".
var nationNouns = set(`nation|nations|kingdom|state|states|country|island|islands|archipelago|republic|territory`)

// knownOrgs are organizations recognized by name alone (they carry no head
// noun): security vendors, large platforms, some outlets.
var knownOrgs = []string{
	"FireEye", "Mandiant", "CrowdStrike", "Kaspersky", "Kaspersky Lab", "ESET", "Symantec", "Broadcom", "Microsoft",
	"Google", "Proofpoint", "Palo Alto Networks", "Unit 42", "Recorded Future", "Dragos", "Secureworks", "SecureWorks",
	"Trend Micro", "McAfee", "Cisco Talos", "Talos", "Check Point", "Fortinet", "Sophos", "Volexity", "Citizen Lab",
	"Trellix", "SentinelOne", "Cybereason", "Group-IB", "Positive Technologies", "ThreatConnect", "Lookout", "Bitdefender",
	"Facebook", "Meta", "Twitter", "Yahoo", "Amazon", "Apple", "Sony", "Sony Pictures", "SWIFT", "Interpol", "Europol",
	"NATO", "FBI", "CIA", "NSA", "GCHQ", "GRU", "FSB", "SVR", "MSS", "RGB", "HUR", "SBU", "CISA", "DHS", "DOJ", "Licadho", "Reuters", "Thomson Reuters",
	"Bloomberg", "CyberScoop", "The Diplomat", "Wired", "Ukrenergo", "Kyivoblenergo", "Prykarpattyaoblenergo",
	"Chernivtsioblenergo", "WADA", "OPCW", "NASA", "JAXA", "Securities and Exchange Commission", "Amazon Web Services", "Microsoft Azure", "Google Cloud",
}

// sectorPhrases map lower-case phrases to a sector name.
var sectorPhrases = map[string]string{
	"maritime": "Maritime", "maritime interests": "Maritime", "maritime affairs": "Maritime", "maritime industry": "Maritime",
	"maritime sector": "Maritime", "shipping": "Maritime", "naval": "Defense",
	"government": "Government", "governments": "Government", "government agencies": "Government",
	"government agency": "Government", "government organizations": "Government", "government entities": "Government",
	"government institutions": "Government", "government departments": "Government", "government offices": "Government",
	"government bodies": "Government", "ministries": "Government", "the government sector": "Government",
	"government sector": "Government", "public sector": "Government", "public administration": "Government",
	"telecommunications": "Telecommunications", "telecommunications providers": "Telecommunications",
	"telecommunications companies": "Telecommunications", "telecom providers": "Telecommunications",
	"telecom companies": "Telecommunications", "telecom operators": "Telecommunications", "telecoms": "Telecommunications",
	"telecommunications sector": "Telecommunications", "telecom sector": "Telecommunications",
	"energy": "Energy", "energy sector": "Energy", "energy companies": "Energy", "energy firms": "Energy",
	"power grid": "Energy", "power grids": "Energy", "electric utilities": "Energy", "electricity distribution companies": "Energy",
	"electricity distributors": "Energy", "power companies": "Energy", "utilities": "Energy", "power distribution companies": "Energy",
	"electricity providers": "Energy", "power plants": "Energy", "oil and gas": "Energy", "electric grid": "Energy",
	"financial": "Financial Services", "financial sector": "Financial Services", "financial institutions": "Financial Services",
	"banks": "Financial Services", "banking": "Financial Services", "banking sector": "Financial Services",
	"financial services": "Financial Services", "cryptocurrency exchanges": "Cryptocurrency", "cryptocurrency": "Cryptocurrency",
	"defense": "Defense", "defence": "Defense", "defense contractors": "Defense", "defense industry": "Defense",
	"defence contractors": "Defense", "military": "Defense", "armed forces": "Defense", "defense sector": "Defense",
	"healthcare": "Healthcare", "health care": "Healthcare", "hospitals": "Healthcare", "pharmaceutical": "Healthcare",
	"pharmaceutical companies": "Healthcare", "education": "Education", "universities": "Education", "academia": "Education",
	"academic institutions": "Education", "research institutions": "Education",
	"media": "Media", "media outlets": "Media", "news media": "Media", "media organizations": "Media", "journalists": "Media",
	"media entities": "Media", "media companies": "Media", "news outlets": "Media", "news organizations": "Media",
	"broadcasters": "Media", "newspapers": "Media", "television stations": "Media",
	"engineering": "Engineering", "engineering firms": "Engineering", "aerospace": "Aerospace", "aviation": "Aerospace",
	"transportation": "Transportation", "logistics": "Transportation", "manufacturing": "Manufacturing",
	"technology": "Technology", "technology companies": "Technology", "tech companies": "Technology",
	"entertainment": "Entertainment", "film studios": "Entertainment", "hospitality": "Hospitality", "retail": "Retail",
	"legal": "Legal", "law firms": "Legal", "chemical": "Chemical", "chemical industry": "Chemical",
	"private companies": "Private Sector", "private sector": "Private Sector", "businesses": "Private Sector",
	"private businesses": "Private Sector",
	"elections":          "Elections", "election": "Elections", "election officials": "Elections", "voting process": "Elections",
	"electoral commissions": "Elections", "election infrastructure": "Elections",
	"political parties": "Political Parties", "political campaigns": "Political Parties", "politicians": "Political Parties",
	"opposition": "Political Opposition", "the opposition": "Political Opposition",
	"opposition politicians": "Political Opposition", "opposition parties": "Political Opposition",
	"opposition leaders": "Political Opposition", "opposition figures": "Political Opposition", "dissidents": "Civil Society",
	"human rights activists": "Civil Society", "human rights": "Civil Society", "human rights groups": "Civil Society",
	"human rights organizations": "Civil Society", "activists": "Civil Society", "civil society": "Civil Society",
	"ngos": "Civil Society", "non-governmental organizations": "Civil Society", "nongovernmental organizations": "Civil Society",
	"think tanks": "Think Tanks", "think-tanks": "Think Tanks",
	"diplomats": "Diplomacy", "diplomatic": "Diplomacy", "diplomatic missions": "Diplomacy", "embassies": "Diplomacy",
	"diplomatic entities":     "Diplomacy",
	"electric utility sector": "Energy", "electric utility": "Energy", "utility sector": "Energy", "electric utilities sector": "Energy",
	"semiconductor industry": "Technology", "semiconductor companies": "Technology", "semiconductor": "Technology",
	"critical infrastructure": "Critical Infrastructure", "industrial control systems": "Critical Infrastructure",
	"gaming": "Gaming", "video game companies": "Gaming", "insurance": "Insurance",
	"armaments": "Defense", "arms industry": "Defense", "defense industrial base": "Defense", "defence industrial base": "Defense",
	"mobile operator": "Telecommunications", "mobile operators": "Telecommunications", "telecom operator": "Telecommunications",
	"internet providers": "Telecommunications", "internet service providers": "Telecommunications", "telcos": "Telecommunications",
	"communications infrastructure": "Telecommunications", "communications providers": "Telecommunications",
	"water utilities": "Water", "water utility": "Water", "water systems": "Water", "wastewater": "Water",
	"transport operators": "Transportation", "transport": "Transportation", "airlines": "Transportation", "ports": "Transportation",
	"foundations": "Civil Society", "associations": "Civil Society", "academics": "Education", "researchers": "Education",
	"policy experts": "Think Tanks", "casinos": "Hospitality", "hotels": "Hospitality", "retailers": "Retail",
	"outsourcing firms": "Technology", "managed service providers": "Technology", "it sector": "Technology",
	"it sectors": "Technology", "it companies": "Technology", "information technology": "Technology",
	"software companies": "Technology", "cloud providers": "Technology", "exchanges": "Cryptocurrency",
	"cryptocurrency exchange": "Cryptocurrency", "crypto exchanges": "Cryptocurrency", "pharmacies": "Healthcare",
	"health care providers": "Healthcare", "healthcare providers": "Healthcare", "clinics": "Healthcare",
	"government officials": "Government", "officials": "Government", "lawmakers": "Political Parties", "ministries of foreign affairs": "Diplomacy",
	"foreign ministries": "Diplomacy", "defense researchers": "Defense", "electric cooperatives": "Energy", "electricity": "Energy",
	"oil": "Energy", "gas": "Energy", "nuclear": "Energy", "aerospace industry": "Aerospace", "aviation industry": "Aerospace",
	"shipping companies": "Maritime", "ports and shipping": "Maritime", "universities and research institutes": "Education",
	"finance": "Financial Services", "fintech": "Financial Services",
	"payment providers": "Financial Services", "defense contractor": "Defense", "defence contractor": "Defense",
	"university": "Education", "construction company": "Construction", "construction companies": "Construction",
	"construction firms": "Construction", "construction": "Construction", "medical institutions": "Healthcare",
	"medical": "Healthcare", "school": "Education", "law firm": "Legal", "think tank": "Think Tanks",
	"telecom company": "Telecommunications", "telecommunications company": "Telecommunications",
	"energy company": "Energy", "media outlet": "Media", "newspaper": "Media", "airline": "Transportation", "restaurants": "Hospitality", "restaurant chains": "Hospitality",
	"automotive manufacturer": "Manufacturing", "automotive manufacturers": "Manufacturing", "automakers": "Manufacturing",
	"automotive": "Manufacturing", "defense companies": "Defense", "defense company": "Defense", "defence companies": "Defense",
	"defense firms": "Defense", "law enforcement": "Law Enforcement", "law enforcement agencies": "Law Enforcement",
	"police": "Law Enforcement", "police forces": "Law Enforcement", "judiciary": "Government", "courts": "Government",
	"local governments": "Government", "local government": "Government", "municipalities": "Government",
	"local authorities": "Government", "city governments": "Government", "state governments": "Government",
	"petroleum": "Energy", "oil refineries": "Energy", "refineries": "Energy", "schools": "Education", "school districts": "Education",
	"manufacturing firms": "Manufacturing", "manufacturers": "Manufacturing", "it service providers": "Technology",
	"hospital": "Healthcare", "health systems": "Healthcare", "security services": "Government", "civil servants": "Government", "government ministries": "Government",
	"members of parliament": "Political Parties", "think-tank staff": "Think Tanks", "think tank staff": "Think Tanks",
	"parliamentarians": "Political Parties", "shipping firm": "Maritime", "shipping firms": "Maritime", "insurers": "Insurance", "logistics companies": "Transportation",
}

// afterNoun are words that may follow a noun phrase that ends there
// ("the Cambodian senate was", "the Chinese government and").
var afterNoun = set(`was|were|is|are|has|have|had|and|or|of|to|by|for|from|with|in|on|at|as|that|which|who|said|says|
will|would|could|may|might|must|can|should|did|does|do|not|also|but|nor|than|into|over|under|after|before`)

func firstWords(cues [][]string) map[string]bool {
	m := map[string]bool{}
	for _, c := range cues {
		m[c[0]] = true
	}
	return m
}

var (
	attributionFirst = firstWords(attributionCues)
	introFirst       = firstWords(introCues)
)

// infraVerbs say that an actor ran a server or a domain.
var infraVerbs = set(`registered|registering|operated|operating|controlled|controlling|hosted|hosting|rented|renting|ran|runs`)

// adjectivePrev before a target verb make it an adjective or a noun: "the
// targeted organizations", "on compromised hosts", "its attacks".
var adjectivePrev = set(`the|a|an|its|their|his|her|our|of|this|these|those|on|in|from|for|at|with|to|by|into|all|some|
many|other|such|previously|newly|already|most|more|less|few|several|each|every|any|no|same|similar|specifically|
heavily|frequently|commonly|recently`)

// countrySuffixes turn a country name into an adjective: "China-nexus".
var countrySuffixes = set(`based|linked|nexus|backed|sponsored|affiliated|aligned|connected|tied|origin|speaking|language|area|
owned|operated|run|controlled|funded|founded|headquartered|registered|focused|made|listed`)

// victimNouns after a demonym make the country a victim: "Japanese organizations".
var victimNouns = set(`countries|nations|states|governments|organizations|organisations|entities|companies|firms|targets|institutions|agencies|users|individuals|
businesses|victims|networks|officials|citizens|interests|infrastructure|systems|authorities|websites|sites`)

// places are states, provinces and cities that are neither countries nor
// organizations: "a water utility in Massachusetts", "a Texas provider".
var places = set(`atlantic|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia state|hawaii|
idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|
missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|
oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|
west virginia|wisconsin|wyoming|washington d.c|district of columbia|silicon valley|las vegas|los angeles|san francisco|
chicago|boston|kansas city|houston|seattle|atlanta|miami|dallas|denver|minneapolis|philadelphia|detroit|london|paris|berlin|
moscow|beijing|shanghai|shenzhen|hong kong|tokyo|osaka|seoul|pyongyang|tehran|kyiv|kiev|kharkiv|odesa|lviv|warsaw|
prague|vienna|brussels|amsterdam|the hague|rome|madrid|lisbon|dublin|edinburgh|manchester|stockholm|oslo|helsinki|
copenhagen|tallinn|riga|vilnius|minsk|ankara|istanbul|jerusalem|tel aviv|dubai|abu dhabi|riyadh|doha|cairo|
new delhi|delhi|mumbai|bangalore|bengaluru|karachi|islamabad|dhaka|bangkok|hanoi|ho chi minh city|manila|jakarta|
kuala lumpur|singapore city|taipei|sydney|melbourne|canberra|toronto|ottawa|montreal|vancouver|mexico city|
sao paulo|buenos aires|bogota|lima|santiago|nairobi|lagos|johannesburg|phnom penh|crimea|donbas|bavaria|quebec|
ontario|scotland|wales|england|northern ireland|catalonia|hainan|guangdong|xinjiang|tibet|siberia|gaza|west bank|
british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|new south wales|queensland|tasmania|
brisbane|adelaide|perth|auckland|wellington|christchurch|rio de janeiro|brasília|brasilia|são paulo|guadalajara|monterrey|
medellín|medellin|naples|bari|milan|turin|munich|hamburg|frankfurt|cologne|lyon|marseille|barcelona|seville|zurich|geneva`)

// regionDemonyms are adjectives of world regions: "European ministries".
var regionDemonyms = map[string]string{
	"european": "Europe", "asian": "Asia", "african": "Africa", "middle eastern": "Middle East",
	"eastern european": "Eastern Europe", "western european": "Western Europe", "latin american": "Latin America",
	"southeast asian": "Southeast Asia", "south-east asian": "Southeast Asia", "south asian": "South Asia", "east asian": "East Asia",
	"central asian": "Central Asia", "north american": "North America", "south american": "South America",
	"scandinavian": "Scandinavia", "balkan": "Balkans", "gulf": "Gulf", "nordic": "Nordic countries",
	"baltic": "Baltic states", "central american": "Central America", "north african": "North Africa",
	"west african": "West Africa", "east african": "East Africa",
}

// apposDeterminers open a new noun phrase inside an apposition.
var apposDeterminers = set(`the|a|an|its|their|this|these|those|his|her`)
