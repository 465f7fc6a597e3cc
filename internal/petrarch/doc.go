// Package petrarch reads the files of the PETRARCH event coders as users
// already have them: records (validation and unit-test) files, and the
// verb, actor, agent and discard dictionaries, with every entry kept
// together with its file:line. It only reads; the coder converts the
// result into dyad's own dictionary model.
//
// Readers never stop at a malformed line or record: each problem becomes
// an *Error (file, line, record id where there is one) in the result's
// Errors, and reading goes on. The error result of a Read function is
// only for a failure to read its io.Reader. None of them panics on any
// input (fuzz tests cover the records and verb readers).
//
// The formats below are as read from the files themselves (their header
// comments and contents) and from the published TABARI/PETRARCH
// documentation; where a file leaves a meaning open, the type's comment
// says what is kept and how it is read.
//
// # Records files
//
// ReadRecords reads the XML-like records files (PETR.UnitTest.records.xml,
// its UD re-parse, PETR2_GSR_validation.dev.xml). The layout is
//
//	<Validation>
//	<Environment> <Verbfile>..</Verbfile> <Actorfile>a,b,c</Actorfile> ... </Environment>
//	<Sentences>
//	<Config option="require_dyad" value="false"></Config>   (between records: applies from here on)
//	<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
//	<!-- comments -->
//	<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
//	<Text> ... </Text>
//	<Parse> Penn Treebank tree, or CoNLL-U lines </Parse>
//	</Sentence>
//	</Sentences>
//	</Validation>
//
// The files are not all well-formed XML, so the reader is a tolerant
// hand-written scanner rather than encoding/xml:
//
//   - PETR2_GSR_validation.dev.xml self-closes most <Sentence .../> tags and
//     then closes them again with </Sentence>; a self-closed <Sentence/>
//     opens a record all the same, and a record also ends at the next
//     <Sentence> or at </Sentences>.
//   - Its header is '#' text outside any comment (containing the pseudo-tag
//     "<EventCoding...>"); text outside records is ignored.
//   - Attributes may have spaces around '=' (date = "19950101") and may be
//     single-quoted with double quotes inside: sourcecode='"INJURY TOLL"'
//     (the UD file writes the same as "&quot;INJURY TOLL&quot;"). A quoted
//     actor "code" is the text of an actor that has no code.
//   - <EventCoding> is written <EventCoding ...></EventCoding>, with a
//     space inside, or self-closed. Besides events (eventcode, sourcecode,
//     targetcode) there are markers: noevents="True" (nothing should be
//     coded) and error="dateline" / error="bad_input_parse" (the coder is
//     expected to reject the record).
//   - Ids are not unique (AGENTS-18 and AGENTS-19 occur twice in the unit
//     tests) and differ between the two unit-test files (DEMO-00 against
//     DEMO_00); the UD file writes source= where the Penn file has
//     category=.
//   - One GSR record keeps an older <Parse> inside a comment; comments are
//     skipped, so only the live parse counts.
//
// Bad input never stops the reader: each problem becomes an *Error with
// file, line and record id in RecordFile.Errors, and reading goes on.
//
// <Config option=".." value=".."> between records changes a PETRARCH
// setting (require_dyad, new_actor_length, comma_*) from that record on;
// Record.Config holds the settings written just before a record.
// Record.ConllU parses a CoNLL-U <Parse> with the conllu package, errors
// carrying the records file's own line numbers and the record id.
//
// sentence="false" marks unit-test records of TABARI features PETRARCH
// never implemented (5 in the Penn file, 4 in the UD file); Record.Active
// is false for them. Environment.Included tells whether a category is in
// the <Include> list.
//
// The shared files hold 284 records (359 gold events, 19 noevents and 7
// error markers) in PETR.UnitTest.records.xml, 284 records (349 gold
// events) in the UD re-parse, and 44 records (41 gold events, 8
// noevents) in PETR2_GSR_validation.dev.xml.
//
// # Dictionary files in general
//
// The dictionaries are line-based text. '#' starts a comment anywhere
// outside [...] (codes such as [###] hold '#'); the PETR.Validate files
// also use <!-- --> comment blocks, one of them written "<! -- -->".
// Words of a phrase are joined by '_' (PRIME_MINISTER) or, in older
// entries, by spaces (CARAS GALADHON); Phrase.Words splits both. A
// trailing '_' (AFGHANISTAN_) is TABARI's mark that the last word matches
// whole rather than as a stem (Phrase.Exact). Lines may end in CRLF.
// Files are UTF-8 (a few names carry mis-encoded bytes, kept as they are).
//
// # Verb dictionaries (ReadVerbs)
//
// CAMEO.2.0.txt (PETRARCH-2 style, StylePETR2):
//
//	&CURRENCY                 a synset: its name, then '+' members
//	+DOLLAR                   (members may be multi-word, or +&OTHER)
//	---  VISIT   [042:043]  ---               a verb block and its default code
//	VISIT                                     a verb
//	SPEED {SPEEDING SPEEDS SPED }             irregular forms ({} = none)
//	+ASK_FOR {+ASKED_FOR +ASKS_FOR} [020]     multi-word verb, '+' on the verb word; own code
//	- * (TO BORDER)           [154]   # RUSH  pattern: '*' is the verb
//	- $ * ^ &OPPOSITION TO +  [110]
//	~ a (a b ATTACK) SAY = a b 015            a transformation
//
// Pattern tokens: '*' the verb, '$' the source, '+' the target, '%' a
// compound actor (source and target both), '^' skip a noun phrase, &NAME
// a synset, {A B} a noun phrase, (PREP OBJECT...) a prepositional phrase
// whose first word is the preposition, A/B alternative words. Codes:
// [042] the event from source to target, [042:043] also the reverse event
// from target to source (VISIT / HOST), [:110] only the reverse (OFFEND:
// the offended party disapproves), [---] no event; the test dictionary
// also has [075A], [080!], [025?], [def]. Headers come as
// "---  NAME   [code]  ---" and variants ("[110]---  ---", a comment
// inside, two codes). ';' also starts a comment on verb lines.
//
// PETR.Validate.verbs.txt (PETRARCH-1 style, StylePETR1) writes the same
// pieces in the older way: synsets between blocks, multi-word synset
// members with spaces, and '_' joining pattern words that must be
// adjacent, even to the verb or a synset (IN_*, *_OUT,
// NEW_&TIETYPES_RELATIONS, SUGGESTED_+ *): Token.Joined. In that style a
// reference &A_B that is not a synset is read as &A joined to B when &A
// is one. ReadVerbs tells the styles apart by the first line (<!-- means
// PETRARCH-1); ReadVerbsStyle forces one.
//
// Known defects of CAMEO.2.0.txt, reported: "- *SCEPTICAL" (read as
// '*' SCEPTICAL), two patterns with a stray ')' (dropped), and references
// to &FIGHT_CRIM, &FIGHT_GAMES, &WEATHER and &DEMONSTRATION, which are
// not defined.
//
// # Actor dictionaries (ReadActors)
//
//	AFGHANISTAN_  [AFG]                 name and code
//	+AFGHAN_                            synonyms
//	BARACK_OBAMA                        name, synonyms, then indented codes:
//	+PRESIDENT_OBAMA_
//		[USAELI 780101-000101]          from-until
//		[USAGOV >090120]                from
//		[USR <911226]                   until
//	ANN_VENEMAN_ [USAGOV 010120-050120] [IGOUNOKID >050501]
//
// Dates are YYMMDD or YYYYMMDD, mixed even within one range
// (19270101-730717), with spaces tolerated ("< 950601", "19950601 -
// 19990815"). Two-digit years: below PivotYear (30) they are 20YY, from it
// 19YY; the Phoenix files use 00-14 and 31-99, so the rule is exact for
// them. Names written one under the other without '+' (IVO_JOSIPOVIC_,
// PRESIDENT_JOSIPOVIC_, ...) share the codes that follow, unless a blank
// line separates them; synonyms and codes may follow a blank line (the
// MilNonState file does that). The Phoenix files have a dozen defects
// (bad dates such as 9008223 or 1920030320, a reversed range, a code with
// a date but no '<' or '>', names with no code, business data after a
// code), each reported with its line. Actor.CodeOn picks the code for a
// date: the first dated code in file order that covers it, else the
// undated one; ranges include both ends (as the unit tests DATE-04 to
// DATE-13 require), <D and >D exclude D (untested; dyad's choice).
//
// # Agent dictionaries (ReadAgents)
//
//	!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON     substitution
//	FARMER [~AGR]                                 role code added after the actor's
//	CATTLE!PERSON! [~AGR]                         CATTLEMAN, CATTLEMEN, ...
//	ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   explicit plural
//	MEDIA {} [~MED]                               no plural
//	HUMAN_RIGHTS_BODY [NGO~]                      code put before the actor's
//
// AgentDict.Forms expands substitutions and plurals (regular plurals by
// RegularPlural, dyad's rule).
//
// # Discard dictionaries (ReadDiscards)
//
// One phrase a line, words separated by spaces; '+' in front discards the
// whole story, without it only the sentence.
//
// # Internal coding ontology (ReadOntology)
//
// PETR.Internal.Coding.Ontology.txt (<PICOfile> of the GSR file) maps
// each CAMEO code to a "PETRARCH internal coding ontology" value:
// "CAMEO:EXPR#comment", EXPR a sum of hexadecimal terms. The four hex
// digits of a value are facets, per the file's header: the kind of
// statement (say, appeal, intend, demand, protest, threaten, disapprove,
// posture, coerce, investigate, consult), reduce/yield, the kind of
// interaction (meet, settle, mediate, aid, expel, material or diplomatic
// cooperation, assault, fight, mass violence) and the issue (leadership,
// policy, rights, regime, economy, military, ...). -0xFFFF marks the
// negation of a code (120 Reject is -0xFFFF; 122 is -0xFFFF+0x2040+0x300,
// the 0x300 a mask). 266 entries; kept as OntologyEntry terms.
//
// # Loading a folder
//
// LoadDir reads every dictionary of a folder (kinds told by file name,
// see KindOf) in parallel; LoadEnvironment reads the ones a records
// file's <Environment> names. Loading CAMEO.2.0.txt and the Phoenix files
// (2.5 MB) takes 60-95 ms of CPU on the 2-core development machine, about
// 110-250 ms of wall time there while it was shared with other builds
// (BenchmarkLoadPhoenix, which reports both; DYAD_SHARED must be set).
package petrarch
