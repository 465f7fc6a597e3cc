package lemma

import "strings"

// irregularVerbs lists English irregular verbs: base, then past and past
// participle forms (alternatives separated by "/").
const irregularVerbs = `
arise arose arisen
awake awoke awoken
be was/were been
bear bore born/borne
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burnt burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
dive dove dived
do did done
draw drew drawn
dream dreamt dreamt
drink drank drunk
drive drove driven
dwell dwelt dwelt
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
foretell foretold foretold
forget forgot forgotten
forgive forgave forgiven
forsake forsook forsaken
freeze froze frozen
get got gotten/got
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leant leant
leap leapt leapt
learn learnt learnt
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
misunderstand misunderstood misunderstood
mow mowed mown
outdo outdid outdone
overcome overcame overcome
overdo overdid overdone
overhear overheard overheard
override overrode overridden
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
prove proved proven
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
redo redid redone
repay repaid repaid
reset reset reset
retell retold retold
rewrite rewrote rewritten
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
saw sawed sawn
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
sew sewed sewn
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank/shrunk shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
smell smelt smelt
speak spoke spoken
speed sped sped
spell spelt spelt
spend spent spent
spill spilt spilt
spin spun spun
spit spat spat
split split split
spoil spoilt spoilt
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
stride strode stridden
strike struck struck/stricken
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undergo underwent undergone
understand understood understood
undertake undertook undertaken
undo undid undone
upset upset upset
uphold upheld upheld
wake woke woken
wear wore worn
weave wove woven
wed wed wed
weep wept wept
wet wet wet
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
can could could
will would would
shall should should
may might might
`

// irregularPresent maps third-person and other present forms that the
// -s rule gets wrong.
func irregularPresent() map[string]string {
	return map[string]string{
		"is": "be", "am": "be", "are": "be", "'s": "be", "'re": "be", "'m": "be", "art": "be",
		"has": "have", "'ve": "have", "does": "do", "goes": "go", "'d": "would", "'ll": "will",
		"ca": "can", "wo": "will", "sha": "shall",
	}
}

// irregularNouns maps irregular plurals to their singular.
func irregularNouns() map[string]string {
	return map[string]string{
		"men": "man", "women": "woman", "children": "child", "people": "person",
		"feet": "foot", "teeth": "tooth", "geese": "goose", "mice": "mouse",
		"lice": "louse", "oxen": "ox", "dice": "die", "criteria": "criterion",
		"phenomena": "phenomenon", "data": "datum", "media": "medium", "analyses": "analysis",
		"crises": "crisis", "theses": "thesis", "diagnoses": "diagnosis", "bases": "basis",
		"hypotheses": "hypothesis", "parentheses": "parenthesis", "cacti": "cactus",
		"fungi": "fungus", "stimuli": "stimulus", "alumni": "alumnus", "syllabi": "syllabus",
		"indices": "index", "appendices": "appendix", "matrices": "matrix", "vertices": "vertex",
		"wives": "wife", "knives": "knife", "lives": "life", "wolves": "wolf", "halves": "half",
		"leaves": "leaf", "loaves": "loaf", "shelves": "shelf", "thieves": "thief",
		"selves": "self", "calves": "calf", "elves": "elf", "scarves": "scarf",
		"hooves": "hoof", "sheaves": "sheaf", "series": "series", "species": "species",
		"means": "means", "news": "news", "police": "police", "sheep": "sheep", "deer": "deer",
		"fish": "fish", "aircraft": "aircraft", "headquarters": "headquarters",
		"potatoes": "potato", "tomatoes": "tomato", "heroes": "hero", "echoes": "echo",
		"vetoes": "veto", "torpedoes": "torpedo", "volcanoes": "volcano",
		"chiefs": "chief", "roofs": "roof", "beliefs": "belief", "proofs": "proof",
		"businessmen": "businessman", "policemen": "policeman", "congressmen": "congressman",
		"spokesmen": "spokesman", "gentlemen": "gentleman", "chairmen": "chairman",
		"freshmen": "freshman", "fishermen": "fisherman", "firemen": "fireman",
		"grandchildren": "grandchild", "townspeople": "townsperson", "salesmen": "salesman",
	}
}

// irregularComparatives maps irregular comparative and superlative forms.
func irregularComparatives() map[string]string {
	return map[string]string{
		"better": "good", "best": "good", "worse": "bad", "worst": "bad",
		"further": "far", "furthest": "far", "farther": "far", "farthest": "far",
		"more": "more", "most": "most", "less": "less", "least": "least",
		"elder": "old", "eldest": "old",
	}
}

// irregularAdverbComparatives are the adverb readings (RBR, RBS).
func irregularAdverbComparatives() map[string]string {
	return map[string]string{
		"better": "well", "best": "well", "worse": "badly", "worst": "badly",
	}
}

// irregularPast maps irregular past tense and participle forms to the base.
func irregularPast() map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		for _, col := range f[1:] {
			for _, form := range strings.Split(col, "/") {
				if _, ok := m[form]; !ok && form != f[0] {
					m[form] = f[0]
				}
			}
		}
	}
	// Forms that are both the past of one verb and the base of another
	// read as the past ("saw" → "see", "lay" → "lie", "found" → "find").
	m["saw"], m["lay"], m["found"], m["wound"], m["ground"] = "see", "lie", "find", "wind", "grind"
	return m
}

// irregularBases lists the base forms of the irregular verbs.
func irregularBases() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(irregularVerbs, "\n") {
		if f := strings.Fields(line); len(f) == 3 {
			m[f[0]] = true
		}
	}
	return m
}
