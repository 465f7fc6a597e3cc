package tokenize

// Word lists used by the scanner. They are built into maps by New, so that
// a Tokenizer carries its own read-only copy and the package has no mutable
// state. All keys are lower case; abbreviations are written without their
// final period.

// titleAbbrevs are abbreviations that are normally followed by a name or a
// number (Mr. Smith, Gen. Petraeus, Jan. 5, No. 10, St. Louis): the period is
// part of the token, and a capitalised word after them does not open a new
// sentence.
func titleAbbrevs() []string {
	return []string{
		"mr", "mrs", "ms", "messrs", "dr", "drs", "prof", "gen", "sen", "sens", "rep", "reps",
		"gov", "govt", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr",
		"rev", "hon", "pres", "supt", "insp", "amb", "atty", "brig", "fr", "sr", "sra", "mme", "mlle",
		"st", "mt", "ft", "ave", "blvd",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
		"no", "nos", "vol", "vols", "fig", "figs", "pp", "cf", "vs", "v", "approx", "ca",
		"e.g", "i.e", "eg", "ie", "viz", "attn", "ext", "tel", "dept", "univ", "assn",
		"msgr", "pfc", "spc", "gens", "govs", "comdr", "sec", "secy", "dist", "ct", "rd", "ln",
		"hwy", "pl", "sq", "pk", "fwy", "dep", "insp", "supt", "det", "sup", "mme",
	}
}

// endAbbrevs are abbreviations that may end a sentence (Inc., U.S., a.m.):
// the period stays on the token, and the sentence ends there when the next
// word is a typical sentence starter.
func endAbbrevs() []string {
	return []string{
		"inc", "corp", "ltd", "co", "cos", "bros", "plc", "llc", "jr", "esq", "etc", "al",
		"u.s", "u.n", "u.k", "e.u", "u.s.a", "d.c", "a.m", "p.m", "ph.d", "m.d", "b.a", "m.a",
		"p.s", "n.y", "l.a", "n.j", "s.a", "r.i.p", "mln", "bln", "pct", "yr", "yrs",
		"pty", "bhd", "n.v", "a.g", "sr",
		// AP state abbreviations, as in "SPRINGFIELD, Ill. (AP) -".
		"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind",
		"kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb",
		"nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
	}
}

// lowAbbrevs are lower-case abbreviations that are also, or look like,
// ordinary words (ret., incl., approx., min.): the period is taken as part
// of the abbreviation only when a lower-case word, a comma or a closing
// bracket follows, so that "(ret.) said" stays one sentence while "the
// min. The" still ends one.
func lowAbbrevs() []string {
	return []string{
		"ret", "incl", "excl", "approx", "esp", "est", "min", "max", "govt", "dept",
		"ed", "eds", "trans", "orig", "misc", "avg", "sq", "lb", "lbs", "oz", "ml", "km",
		"mi", "hr", "hrs", "yr", "yrs", "wk", "wks", "mo", "mos", "pt", "pts", "appt",
		"sec", "secs", "assoc", "corp", "inc", "ltd", "co", "jr", "sr", "vol", "fig",
		"gov", "sen", "rep", "gen", "col", "lt", "adm", "capt", "sgt", "prof", "dr",
		"mt", "ft", "st", "no", "nos", "op", "ch", "cit", "ibid", "al", "cca", "ca",
		"mln", "bln", "pct", "tel", "ext", "bros", "aka", "resp", "ref", "ser",
	}
}

// sentenceStarters are words that, capitalised after an abbreviation that
// can end a sentence, are taken to open a new sentence.
func sentenceStarters() []string {
	return []string{
		"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
		"those", "there", "but", "and", "so", "yet", "however", "meanwhile", "in", "on", "at",
		"as", "after", "before", "when", "while", "if", "his", "her", "its", "their", "our",
		"my", "what", "why", "how", "who", "where", "some", "many", "most", "both", "all",
		"officials", "critics", "analysts", "also", "still", "now", "then", "today",
		"yesterday", "last", "earlier", "later", "according", "one", "no", "not", "for",
		"since", "although", "though", "because", "thus", "instead", "please", "thanks",
		"thank", "is", "are", "was", "were", "do", "does", "did", "can", "will", "would",
	}
}

// hyphenPrefixes are prefixes that EWT keeps on the word they attach to
// (e-mail, non-profit, pre-war, co-workers); every other hyphen between two
// words is split off as its own token (search - engine, al - Qaeda).
func hyphenPrefixes() []string {
	return []string{
		"e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex",
		"sub", "semi", "cross", "neo", "psycho", "socio", "counter", "intra", "inter", "un",
		"micro", "macro", "bi", "tri", "uni", "mis", "out", "trans", "ultra", "infra", "pan",
		"auto", "hyper", "mega", "mini", "quasi", "pseudo", "super",
	}
}

// units are letter suffixes split off a number they are glued to
// (5pm, €2bn, 10km): EWT writes "5 pm" as two tokens. Ordinal and decade
// suffixes (5th, 1990s) are not units and stay on the number.
func units() []string {
	return []string{
		"am", "pm", "bn", "b", "m", "mn", "mln", "bln", "k", "tn", "trn", "km", "kms", "m2", "km2",
		"mm", "cm", "kg", "kgs", "g", "mg", "lb", "lbs", "oz", "mph", "kph", "kmh", "ft", "mi",
		"gb", "mb", "kb", "tb", "ghz", "mhz", "kw", "mw", "gw", "kwh", "hrs", "hr", "h", "min",
		"mins", "sec", "secs", "yr", "yrs", "x", "usd", "eur", "gbp", "pc", "hz", "khz",
	}
}

// splitWords are whole words that EWT writes as two syntactic words:
// gonna = gon + na, cannot = can + not, dont = do + nt. The value is the
// length in bytes of the first part.
func splitWords() map[string]int {
	return map[string]int{
		"gonna": 3, "wanna": 3, "gotta": 3, "gimme": 3, "lemme": 3, "cannot": 3,
		"dont": 2, "cant": 2, "wont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3,
		"arent": 3, "werent": 4, "havent": 4, "hasnt": 3, "hadnt": 3, "couldnt": 5,
		"wouldnt": 5, "shouldnt": 6, "aint": 2,
	}
}

// currencyPrefixes are letters written before a dollar sign (US$, A$).
func currencyPrefixes() []string {
	return []string{"us", "u", "a", "c", "nz", "hk", "s"}
}

// emoticons are kept as one token each.
func emoticons() []string {
	return []string{
		":-)", ":)", ":-(", ":(", ";-)", ";)", ":-D", ":D", ":-P", ":P", ":-p", ":p", ":'(",
		":-/", ":/", ":-|", ":|", ":-O", ":O", ":o", "=)", "=(", "<3", "^_^", "^^",
		"-_-", ";-P", ";P", ":]", ":[", "=D", ":*", ";D",
	}
}
