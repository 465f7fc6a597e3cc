package pipeline

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/doc"
)

// coderRules are invented news texts, one per rule of the coder that
// reads a sentence beyond its verb (blame in a that-clause, joint acts,
// replies to what the story told, a state's own forces and people), with
// events that must be coded and events that must not. Actors match by
// prefix (actorMatches), codes by prefix.
var coderRules = []struct {
	rule, text string
	want, not  []string // "SRC TGT CODE"
}{
	{"blame in a that-clause", "Colombia said Venezuela was responsible for the attack on the border post.",
		[]string{"COL VEN 112"}, nil},
	{"blame: behind", "The Philippine army said Chinese agents were behind the cyber attack.",
		[]string{"PHL CHN 112"}, nil},
	{"blame denied", "Peru said Bolivia was not responsible for the blockade.",
		nil, []string{"PER BOL 112"}},
	{"an intent to harm ascribed", "Tehran said Israel was seeking to destabilise the region and undermine Iran.",
		[]string{"IRN ISR 112"}, nil},
	{"an intent to help is no accusation", "Cairo said Qatar was trying to improve ties with Egypt.",
		nil, []string{"EGY QAT 112"}},
	{"a state's own strikes accuse no one", "Nigeria said its air force had bombed rebel camps near Lake Chad.",
		nil, []string{"NGA NGA 112"}},
	{"a retreat is no act on the other", "Serbian troops and NATO peacekeepers withdrew from the village on Friday.",
		nil, []string{"SRB IGOWSTNAT 08", "IGOWSTNAT SRB 08"}},
	{"a joint act is not on its venue", "Armenia and Azerbaijan signed a border deal in Abu Dhabi.",
		[]string{"ARM AZE 057", "AZE ARM 057"}, []string{"ARM ARE 05", "AZE ARE 05"}},
	{"a joint act is not on the place it concerns", "Thailand and Cambodia agreed to a ceasefire along the border in Preah Vihear.",
		[]string{"THA KHM 0871", "KHM THA 0871"}, nil},
	{"own forces deployed", "The Sudanese government deployed the army across Khartoum.",
		nil, []string{"SDN SDN 15"}},
	{"a stating verb does not code its that-clause twice", "Turkey announced it would send drones to Ukraine.",
		[]string{"TUR UKR 033"}, []string{"TUR UKR 07"}},
	{"a joint act shares its coordinated verb's object", "Lula met Petro in Bogota and signed a trade accord.",
		[]string{"BRAGOV COLGOV 040", "BRAGOV COLGOV 057"}, nil},
	{"a freed reporter keeps the outlet's country", "Iran freed a Washington Post reporter on Sunday.",
		[]string{"IRN USAMED 084"}, []string{"IRN IRNMED 084"}},
	{"people who press a government are its country's", "Chile's government raised university fees on Monday. Student groups called on the government to cancel the rise.",
		[]string{"CHLEDU CHLGOV 02"}, nil},
	{"a reply to the demand", "Turkey demanded that Sweden extradite the activists. Sweden rejected the demand on Tuesday.",
		[]string{"TUR SWE 10", "SWE TUR 12"}, []string{"SWE --- 06"}},
	{"a reply to the accusation", "Lithuania accused Belarus of sending migrants across the border. Minsk dismissed the accusation as absurd.",
		[]string{"LTU BLR 112", "BLR LTU 12"}, nil},
	{"an armed group's fighters through a pronoun", "Al-Shabaab claimed the raid on Mogadishu airport, saying its fighters had attacked the base.",
		nil, []string{"SOMUAF SOM 19"}},
	{"allegations linking X to a deed", "Britain presented evidence linking Russian military intelligence to the poisoning.",
		[]string{"GBR RUS 112"}, nil},
	{"the speaker of an after-clause", "Estonia expelled a Russian diplomat on Friday after Prime Minister Kristen Michal said there was evidence linking Russian agents to the arson attack.",
		[]string{"EST RUS 16", "EST RUS 112"}, nil},
	{"no target in 'according to'", "Russian forces shelled Kharkiv on Monday, according to Ukrainian officials.",
		[]string{"RUSMIL UKR 19"}, []string{"RUSMIL UKRGOV 19"}},
	{"a vote to act is the act", "The Senate voted on Tuesday to impose sanctions on Nicaragua.",
		[]string{"---LEG NIC 163"}, nil},
	{"a town on a border is not the neighbour's", "Rebels captured Laukkai, a town on the Chinese border.",
		nil, []string{"REB CHN 19"}},
	{"troops sent to a border face its country", "China deployed troops to the Indian border.",
		[]string{"CHN IND 15"}, nil},
	{"a weapon fired is no target", "North Korea fired artillery shells at South Korea on Thursday.",
		[]string{"PRK KOR 19"}, []string{"PRK --- 19"}},
	{"the bloc", "ECOWAS leaders met in Abuja on Thursday. The bloc threatened Niger with military force.",
		[]string{"IGOWAFWAS NER 13"}, nil},
	{"a country and an organisation modifying one noun", "Japanese and EU officials held talks on Monday.",
		[]string{"JPNGOV IGOEUREEC 04", "IGOEUREEC JPNGOV 04"}, nil},
	{"a state's troops told of by the state", "Israel said troops had killed three gunmen in Jenin.",
		[]string{"ISRMIL PSE 19"}, []string{"---MIL PSE 19"}},
	{"a government and its own opposition", "Prime Minister Irakli Kobakhidze accused opposition parties of planning a coup.",
		[]string{"GEOGOV GEOOPP 112"}, nil},
	{"a reaction to an attack by two", "French and Belgian jets bombed militant camps in northern Mali. Algeria condemned the raids.",
		[]string{"DZA FRA 111", "DZA BEL 111"}, nil},
	{"the subjects of a second clause after ', and'", "Canada ended its trade talks with Ecuador, and Peru, Chile and Bolivia recalled their ambassadors from Quito.",
		[]string{"PER ECU 16", "CHL ECU 16", "BOL ECU 16"}, []string{"CAN PER 16"}},
	{"a proposal is the proposer's", "Pashinyan proposed that Armenia and Azerbaijan sign the peace treaty this year.",
		[]string{"ARM AZE 03"}, []string{"AZE ARM 03"}},
	{"forces coordinated with forces share their countries", "French and Italian warplanes and drones bombed rebel positions near Sirte.",
		[]string{"FRAMIL LBY 19", "ITAMIL LBY 19"}, []string{"--- LBY 19"}},
	{"protesters at a foreign embassy are of its place", "Protesters attacked the Israeli embassy in Amman on Friday.",
		[]string{"JOROPP ISR 14"}, nil},
	{"a demand in a that-clause targets its subject", "Baku insisted that Yerevan withdraw its troops from the border villages.",
		[]string{"AZE ARM 10"}, nil},
	{"a name inside a longer name", "Israeli troops raided the West Bank town of Tubas on Tuesday.",
		[]string{"ISRMIL PSE 19"}, []string{"ISRMIL WST 19"}},
	{"a state reporting another's coercion accuses it", "Iran said the United States had seized an Iranian oil tanker.",
		[]string{"USA IRN 17", "IRN USA 112"}, nil},
	{"a reply to the tariffs", "The United States imposed new tariffs on Mexican steel on Monday. Mexico rejected the tariffs as unfair.",
		[]string{"MEX USA 12"}, nil},
	{"'they' after a coordinated subject", "Egypt and Ethiopia said on Monday that they had resumed talks on the Nile dam.",
		[]string{"EGY ETH 04", "ETH EGY 04"}, nil},
	{"police act at home", "Bolivian army chief Juan Jose Zuniga led troops into the square. Police arrested Zuniga on Wednesday evening.",
		[]string{"BOLCOP BOLMIL 17"}, nil},
	{"a former office holder is an elite", "Prosecutors charged the former Peruvian president with corruption.",
		[]string{"PERJUD PERELI 17"}, nil},
	{"a currency is no actor", "Mexico imposed tariffs on 5 billion US dollars' worth of Chinese goods.",
		[]string{"MEX CHN 163"}, []string{"MEX USA 163"}},
	{"a drone shot down is the target", "Algerian forces shot down a Malian military drone near the border.",
		[]string{"DZAMIL MLI 19"}, nil},
	{"'no' on the subject negates", "No African government has recognised the breakaway region.",
		nil, []string{"AFR --- 05"}},
	{"arrivals of migrants are no visits", "Hundreds of migrants arrived in Italy from Libya on Sunday.",
		nil, []string{"---REF ITA 04"}},
	{"security forces arresting a country's politicians are its own", "Security forces detained the former Tunisian prime minister at his home on Monday.",
		[]string{"TUNMIL TUN 17"}, nil},
	{"forces sent are no target", "Denmark said it would send a navy frigate to guard its undersea pipelines.",
		nil, []string{"DNK --- 0"}},
	{"talks hosted by a third party", "Armenian and Azerbaijani foreign ministers met in Almaty on Friday. The talks were hosted by Kazakhstan's foreign minister.",
		[]string{"KAZGOV ARMGOV 043", "KAZGOV AZEGOV 043"}, nil},
	{"said Y had committed a wrong", "Kyiv said Russian forces had committed war crimes near Kherson.",
		[]string{"UKR RUSMIL 112"}, nil},
	{"a participle after a time clause of a person", "A car bomb exploded near the convoy of Iraqi Prime Minister Mohammed Shia al-Sudani as he travelled to Basra, killing three guards.",
		nil, []string{"IRQGOV --- 18"}},
	{"an out-of-office leader is an elite", "Boris Johnson criticised the British government's plan on Monday.",
		[]string{"GBRELI GBRGOV 111"}, nil},
	{"a group's members as listed", "Managua expelled the ambassadors of several European states, including Spain, Sweden and the Netherlands.",
		[]string{"NIC ESP 16", "NIC SWE 16", "NIC NLD 16"}, []string{"NIC EUR 16"}},
	{"a participle of saying after infinitives is the speaker's", "Ukraine asked the court to order Russia to stop shelling the dam, accusing the Kremlin of endangering millions.",
		[]string{"UKR RUS 112"}, nil},
	{"a described state is one named before", "Guyana appealed to the Caribbean Community after Venezuela moved troops to the border. Guyana's foreign minister accused the South American country of preparing an invasion.",
		[]string{"GUY VEN 112"}, nil},
	{"the court after an international court", "Gambia took Myanmar to the International Court of Justice. Myanmar's lawyers asked the court to dismiss the case.",
		[]string{"MMR IGOUNOJUDICJ 02"}, []string{"MMR MMRJUD 02"}},
	{"a verb after 'and' shares the subject of a finite verb", "Lukashenko accused opposition leader Pavel Latushko of treason and said he would be tried.",
		[]string{"BLRGOV BLROPP 112"}, nil},
	{"his supporters are the possessor's camp", "Opposition leader Venancio Mondlane rejected the result. Police fired tear gas at his supporters in Maputo.",
		[]string{"MOZCOP MOZOPP 175"}, nil},
	{"a ruling party by name", "Mozambique's president accused Renamo of rearming its fighters.",
		[]string{"MOZGOV MOZPTY 112"}, nil},
	{"a head of state and the lawmakers of his country", "Kuwait's emir dissolved parliament on Friday. In a speech, the emir accused some lawmakers of obstructing the government.",
		[]string{"KWTGOV KWTLEG 112"}, nil},
	{"protesters at their own congress", "Thousands of Guatemalan demonstrators rallied outside the Congress building on Sunday.",
		[]string{"GTMOPP GTMLEG 14"}, nil},
	{"a phrase led by a state is the state's", "Saudi-led forces bombed rebel positions in Yemen on Monday.",
		[]string{"SAUMIL YEM 19"}, []string{"--- YEM 19"}},
	{"said Y's act was illegal", "Niger's government said the American military presence was illegal.",
		[]string{"NERGOV USA 111"}, nil},
	{"co-subjects who attend visit no one of themselves", "The foreign ministers of Greece, Turkey and Britain also attended.",
		nil, []string{"GRC TUR 04", "TUR GBR 04", "GBR GRC 04"}},
	{"one who acts alongside is no target", "Egypt and the United States have mediated alongside Qatar since the war began.",
		nil, []string{"EGY QAT 04", "USA QAT 04"}},
	{"a title in a possessor is resolved as a title alone", "Kuwait's emir suspended parliament on Friday. Saudi Arabia said it backed the emir's measures.",
		[]string{"KWTGOV KWTLEG 1721", "SAU KWTGOV 051"}, nil},
	{"a party name many countries bear is the story's country's", "South Korean President Yoon Suk Yeol lifted martial law on Wednesday. In a televised address, Yoon had accused the opposition Democratic Party of paralysing the government.",
		[]string{"KOR KORPTY 112"}, []string{"KOR USA 112"}},
	{"the accused read as the subject of the of-gerund", "Israeli Foreign Minister Israel Katz accused President Recep Tayyip Erdogan of behaving like a dictator.",
		[]string{"ISRGOV TURGOV 112"}, nil},
	{"a thing welcomed is praised", "The United States said it had not been told in advance and welcomed the South Korean president's reversal.",
		[]string{"USA KORGOV 051"}, []string{"USA KORGOV 043"}},
	{"armed factions are armed men", "Iran-backed armed factions attacked American forces near Erbil.",
		[]string{"UAF USAMIL 19"}, []string{"PTY USAMIL 19"}},
	{"what one tells someone is a report, not advice", "Xi told his guest that China was ready to deepen strategic cooperation with Indonesia.",
		[]string{"CHN IDN 03"}, nil},
	{"a common noun is no person of that surname", "Police broke up the rally with water cannon in Bangkok.",
		[]string{"THACOP THA 175"}, []string{"CAN THA 175", "THACOP CAN 175"}},
	{"soldiers who break up a crowd of demonstrators repress them", "Soldiers later broke up a crowd of several hundred anti-coup demonstrators in Bangkok.",
		[]string{"THAMIL THA 175"}, nil},
	{"the lead's event is referred to far into the story", "North Korea shelled a South Korean island on Tuesday. About 1,500 civilians live there. The island lies close to the sea border. Its residents fish for crabs. Many have relatives on the mainland. The White House condemned the shelling.",
		[]string{"USAGOV PRK 111"}, nil},
	{"a noun after the object and 'and' is the object's conjunct", "Nigeria said it had deployed fighter jets and about 200 personnel to Senegal for the mission.",
		[]string{"NGA SEN 15"}, nil},
	{"a title in capitals is a title alone", "Rabat accepted help from Spain after the earthquake. The Interior Ministry thanked the Spanish government.",
		[]string{"MARGOV ESPGOV 051"}, nil},
	{"a clause after 'two days after' has its own subject", "Ecuador broke off diplomatic relations with Colombia on Monday, two days after Colombian warplanes and special forces raided a guerrilla camp just inside Ecuadorean territory.",
		[]string{"ECU COL 161", "COLMIL ECUREB 19"}, []string{"ECU ECUREB 19"}},
	{"what one calls a violation of a country's sovereignty names no one", "Quito asked the regional body to condemn what it called a flagrant violation of Ecuador's sovereignty.",
		nil, []string{"ECU ECU 11", "--- ECU 11"}},
	{"a name after an opening phrase is the verb's subject", "In a statement carried by the official Saudi Press Agency, Riyadh accused Doha of backing militant groups.",
		[]string{"SAUGOV QATGOV 112"}, nil},
	{"a subject in a speaker's that-clause is the speaker", "The Saudi-led military coalition fighting the Houthi movement in Yemen said that it had expelled Qatar from its ranks.",
		[]string{"SAU QAT 17"}, []string{"YEM QAT 17"}},
	{"a health ministry counting the dead accuses no one", "Israeli warplanes struck targets across southern Lebanon on Monday, killing 49 people, the Lebanese health ministry said.",
		[]string{"ISRMIL LBN 19"}, []string{"LBN ISR 112"}},
	{"the two countries are countries, not groups", "Riyadh accused Doha of backing the Muslim Brotherhood and the Islamic State. The Saudi government said it would suspend all air traffic between the two countries.",
		[]string{"SAUGOV QAT 13"}, []string{"SAUGOV OPP 1", "SAUGOV IMG 1"}},
	{"a by-gerund's subject is its governor's", "Russia responded by expelling two British diplomats.",
		[]string{"RUS GBRGOV 16"}, nil},
	{"a gerund of time is background", "Before leaving for Beijing on Thursday, the Kenyan president gave a speech on trade.",
		nil, []string{"KENGOV CHN 04"}},
	{"a role word does not overtake a name", "European Union leaders agreed on Monday to shut the bloc's airspace to Belarusian airlines.",
		[]string{"IGOEU BLR 16"}, []string{"LAB BLR 1"}},
	{"an expulsion announced without condition is decided", "France said on Tuesday it would expel 12 Algerian diplomats.",
		[]string{"FRA DZAGOV 16"}, []string{"FRA DZAGOV 13"}},
	{"an expulsion announced on a condition is a threat", "France said it would expel Algerian diplomats if Algiers refused to take back its nationals.",
		[]string{"FRA DZAGOV 13"}, nil},
	{"a local group is of the country that speaks of it", "Sri Lanka's government on Monday blamed a little-known local Islamist group for the bombings.",
		[]string{"LKAGOV LKA 112"}, nil},
	{"tourists who visit make no visit", "The Maldives depends heavily on Indian tourists who visit its island resorts.",
		nil, []string{"IND MDV 04"}},
	{"the Central American country is one named before", "Honduras joined the bank on Sunday, after the Central American country cut its ties with Taiwan.",
		[]string{"HND TWN 16"}, []string{"USA TWN 16"}},
	{"condemning the launch condemns its launcher", "Iran fired ballistic missiles at Israel on Tuesday. Germany condemned the launch.",
		[]string{"DEU IRN 11"}, nil},
	{"a country's own people named with no country take the story's", "KADUNA, Nigeria -- Gunmen abducted at least 287 pupils from a school in Kaduna state on Thursday, Nigerian officials said. It was one of the largest kidnappings in Nigeria in years. Police said they were searching the forest.",
		[]string{"UAF NGAEDU 18"}, nil},
	{"what one is accused of is alleged", "Kuwait's emir dissolved parliament. The emir accused some lawmakers of obstructing the government's work.",
		[]string{"KWTGOV KWTLEG 112"}, []string{"KWTLEG KWTGOV 14"}},
	{"residents telling of an attack accuse no one", "Gunmen attacked the village of Kuriga in Nigeria on Thursday, residents said.",
		nil, []string{"NGACVL UAF 112"}},
	{"the league is the league the story named", "The Arab League suspended Syria on Saturday. Diplomats said the vote was close. The UN chief said he regretted the step. Damascus called the vote illegal. US President Barack Obama praised the league's decision.",
		[]string{"USAGOV IGOMEAARL 051"}, []string{"USAGOV IGOUNO 051"}},
	{"support by arms is no act on the force it supports", "Bahraini troops and riot police, backed by tanks and helicopters, swept protesters out of the square at dawn.",
		nil, []string{"BHRMIL BHRCOP 05", "BHRCOP BHRMIL 05"}},
	{"co-subjects who praise or support do not support each other", "The governments of Colombia, Brazil and Argentina said on Tuesday that they firmly supported the Ecuadorean president.",
		[]string{"COL ECUGOV 051"}, []string{"COL BRA 051", "BRA ARG 051"}},
	{"a known surname inside a longer unknown name is someone else", "Mahamat Saleh Annadif, the head of the UN mission, denounced the attackers as terrorists.",
		nil, []string{"YEM UAF 11"}},
	{"a known name next to an overlapping alias is the person", "Peru's president also met Chinese President Xi Jinping in Lima.",
		[]string{"PERGOV CHNGOV 04"}, nil},
	// (this sentence made the resolver index a mention at -1 and lose the
	// document, found by held-out 7's first run)
	{"'the United Nations'' is no pair of nations", "The United Nations' refugee chief, a former Portuguese prime minister, urged Kenya to keep the camps open.",
		[]string{"IGOUNO KEN 02"}, nil},
}

// TestCoderRules codes each text with the default pipeline (the date
// 2026-06-01) and checks that each wanted event is coded and no unwanted
// one ("---" as target: a target with no country).
func TestCoderRules(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the models")
	}
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	has := func(evs []doc.Event, spec string) bool {
		f := strings.Fields(spec)
		for _, e := range evs {
			if e.Target == nil || !strings.HasPrefix(e.CAMEO, f[2]) {
				continue
			}
			src, tgt := f[0], f[1]
			if tgt == "---" {
				if actorMatches(e.Source, src) && strings.HasPrefix(e.Target.Code, "---") {
					return true
				}
				continue
			}
			if actorMatches(e.Source, src) && actorMatches(e.Target, tgt) {
				return true
			}
		}
		return false
	}
	for _, c := range coderRules {
		d := &doc.Document{ID: "r", Text: c.text, Date: "2026-06-01"}
		if err := p.Process(d); err != nil {
			t.Fatal(err)
		}
		var evs []doc.Event
		var got []string
		for _, s := range d.Sentences {
			for _, e := range s.Events {
				evs = append(evs, e)
				tc := ""
				if e.Target != nil {
					tc = e.Target.Code
				}
				got = append(got, e.Source.Code+"→"+tc+" "+e.CAMEO)
			}
		}
		for _, w := range c.want {
			if !has(evs, w) {
				t.Errorf("%s: %q: want %s, got %v", c.rule, c.text, w, got)
			}
		}
		for _, n := range c.not {
			if has(evs, n) {
				t.Errorf("%s: %q: must not code %s, got %v", c.rule, c.text, n, got)
			}
		}
	}
}
