// Package petrarch reads the files of the PETRARCH event coders as users
// already have them: records (validation and unit-test) files and, in
// later steps, the verb, actor, agent and discard dictionaries.
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
package petrarch
