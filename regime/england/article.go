package england

// aOr writes word with its indefinite article, "an" before a vowel: the
// kinds of organisation are words such as icb and independent_private.
func aOr(word string) string {
	if word != "" && (word[0] == 'a' || word[0] == 'e' || word[0] == 'i' || word[0] == 'o' || word[0] == 'u') {
		return "an " + word
	}
	return "a " + word
}
