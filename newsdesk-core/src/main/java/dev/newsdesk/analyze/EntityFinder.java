package dev.newsdesk.analyze;

import dev.newsdesk.internal.Literals;
import dev.newsdesk.model.EntityMention;
import dev.newsdesk.model.EntityType;
import dev.newsdesk.model.Sentence;
import dev.newsdesk.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names as runs of capitalised tokens, typed by the words around them. There is no permissively
 * licensed English NER model on Maven Central, so this is built from capitalisation, cue words and
 * a gazetteer of countries (from the JDK's {@link Locale} tables) and cities (a list the team
 * wrote, {@code /dev/newsdesk/analyze/places.txt}).
 *
 * <p>A capitalised word that opens a sentence (or a quotation that opens it) is kept only when the
 * same word is capitalised elsewhere in the text, or is a known place: "Reports indicate..." is no
 * name. A head noun such as "Bank" must stand alone elsewhere, not only inside "Solvane Bank"
 * ({@link #capitalisedElsewhere}). Thread-safe.
 */
public final class EntityFinder {
  private static final Set<String> CONNECTORS =
      Set.of("al", "al-", "bin", "ibn", "de", "van", "von", "of", "for", "the", "el");
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");
  private static final Set<String> NOT_NAMES =
      Set.of(
          "The",
          "A",
          "An",
          "He",
          "She",
          "It",
          "They",
          "We",
          "I",
          "This",
          "That",
          "These",
          "Those",
          "But",
          "And",
          "However",
          "According",
          "In",
          "On",
          "At",
          "For",
          "After",
          "Before",
          "As",
          "If",
          "While",
          "When",
          "Mr",
          "Mrs",
          "Ms",
          "Dr",
          "Some",
          "Several",
          "Other",
          "Reports",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec",
          "Photo",
          "Ultimately",
          "Despite",
          "Any",
          "With",
          "Satellite",
          "All",
          "Every",
          "Each",
          "No",
          "Most",
          "Many",
          "Both",
          "Only",
          "Even",
          "Still",
          "Yet",
          "Then",
          "Now",
          "Here",
          "There",
          "Why",
          "What",
          "Where",
          "Who",
          "How",
          "Our",
          "My",
          "Your",
          "Their",
          "Its",
          "His",
          "Her");
  private static final Set<String> PERSON_TITLES =
      Set.of(
          "President",
          "Prime",
          "Minister",
          "Secretary",
          "Spokesperson",
          "Spokesman",
          "Spokeswoman",
          "Chancellor",
          "King",
          "Queen",
          "General",
          "Gen",
          "Colonel",
          "Senator",
          "Governor",
          "Mayor",
          "Dictator",
          "Leader",
          "Presenter",
          "Editor",
          "Chief",
          "Director",
          "Foreign",
          "Defense",
          "Defence",
          "Pope",
          "Sheikh",
          "Commander");
  private static final Pattern ORGANIZATION_WORD =
      Pattern.compile(
          "(?i).*\\b(ministry|agency|institute|council|party|army|forces|committee|bank|university"
              + "|company|corp|inc|group|organi[sz]ation|center|centre|news|times|post|journal"
              + "|channel|tv|service|intelligence|office|department|kremlin|parliament|government"
              + "|union|association|press|media|radio|network|commission|court|police|guard|athletic"
              + "|united|fc|club|software|works|ltd|plc|airlines|motors|systems|technologies|labs)\\b.*");
  private static final Pattern FACILITY_WORD =
      Pattern.compile(
          "(?i).*\\b(air ?base|base|airport|port|harbou?r|bridge|plant|station|AB|stadium|park|arena|hospital|facility)$");
  private static final Pattern FACILITY_AFTER =
      Pattern.compile("(?i)^\\s*(air ?base|naval base|airport)\\b.*");

  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

  /** A name that opens with an acronym ("CNN Turk", "BBC News") is an organisation's. */
  private static final Pattern ACRONYM_FIRST = Pattern.compile("\\p{Lu}{2,6}\\s.*");

  private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}['\u2019]s$");
  private static final Pattern MODEL_NUMBER = Pattern.compile("[-\u2010]\\d{1,5}\\p{L}{0,3}");

  /** Names of happenings: "the Syrian Civil War" is no place, whatever preposition comes before. */
  private static final Pattern HAPPENING_WORD =
      Pattern.compile(
          "(?i).*\\b(war|revolution|uprising|crisis|election|elections|summit|olympics|games|cup"
              + "|championship|protests?)$");

  /** "According to Al Jazeera": a source, whatever "to" suggests. */
  private static final Pattern ACCORDING_TO = Pattern.compile("(?i).*\\baccording\\s+to\\s+$");

  private static final Pattern PERSON_CONTEXT =
      Pattern.compile(
          "(?i)^\\s*,?\\s*(said|says|told|noted|added|confirmed|stated|wrote|announced)\\b.*");
  private static final Pattern PERSON_PRECEDING =
      Pattern.compile(
          "(?i).*\\b(spokesperson|spokesman|spokeswoman|president|minister|leader|presenter|secretary|dictator|chancellor|father|son|mr\\.?|mrs\\.?|ms\\.?)\\s*$");

  /**
   * Nouns that name a kind of organisation: "the security firm Threatlane", "Tallow Robotics, the
   * Harwick company behind the robots", and, for {@link AttributionFinder}, "the company said".
   */
  static final String ORGANIZATION_NOUNS =
      "firm|company|startup|maker|manufacturer|carmaker|broadcaster|newspaper|agency|regulator"
          + "|watchdog|lender|insurer|charity|operator|retailer|group";

  /** "the security firm Threatlane", "the broadcaster Kanal 9": an organisation by its noun. */
  private static final Pattern ORGANIZATION_PRECEDING =
      Pattern.compile(
          "(?i).*\\b(?:the|a)\\s+(?:[\\p{L}-]+\\s+)?(?:" + ORGANIZATION_NOUNS + ")\\s*$");

  /**
   * "Ilse Marrow, a threat researcher at…", "Ana Petrov, the city's chief engineer": a name that an
   * appositive gives a person's role is a person's.
   */
  private static final Pattern PERSON_APPOSITIVE =
      Pattern.compile(
          "(?i)^\\s*,\\s*(?:a|an|the|its|his|her|their)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?(researcher|analyst|spokesperson|spokesman|spokeswoman|official|professor|lawyer|attorney|economist|reporter|correspondent|director|manager|engineer|scientist|adviser|advisor|expert|founder|owner|mayor|governor|senator|resident|witness|teacher|doctor|student|executive|officer|chairman|chairwoman|chair|lecturer|historian|activist|candidate)\\b.*");

  /** "Tallow Robotics, the Harwick company behind the robots": an appositive of its kind. */
  private static final Pattern ORGANIZATION_APPOSITIVE =
      Pattern.compile(
          "(?i)^\\s*,\\s*(?:a|an|the|its)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:"
              + ORGANIZATION_NOUNS
              + ")\\b.*");

  /** "in Brezhany", "the river town of Brezhany", "near Latakia": a place by its preposition. */
  private static final Pattern PLACE_PRECEDING =
      Pattern.compile(
          "(?s).*\\b(in|near|outside|across|around|from|to|town of|city of|village of|region of|province of)\\s+(?:the\\s+)?$");

  private final Places places = Places.shared();

  public List<EntityMention> find(String text, List<Sentence> sentences) {
    MidSentence midSentence = MidSentence.of(text, sentences);
    List<EntityMention> found = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Span> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        int end = chunkEnd(text, tokens, i);
        if (end == i) {
          i++;
          continue;
        }
        mention(text, sentence, i, end, midSentence).ifPresent(found::add);
        i = end;
      }
    }
    return found;
  }

  /**
   * The name in the capitalised run {@code [from, to)} of a sentence's tokens, without leading
   * titles ("President") and a trailing possessive; empty when nothing of a name is left, or when
   * it is a lone capitalised word opening the sentence that the text never capitalises elsewhere.
   */
  private Optional<EntityMention> mention(
      String text, Sentence sentence, int from, int to, MidSentence midSentence) {
    List<Span> tokens = sentence.tokens();
    int start = from;
    while (start < to && isTitleOrNotName(tokens.get(start).of(text))) {
      start++;
    }
    if (start == to) {
      return Optional.empty();
    }
    int nameEnd = tokens.get(to - 1).end();
    if (POSSESSIVE.matcher(text.substring(tokens.get(to - 1).start(), nameEnd)).find()) {
      nameEnd -= 2;
    }
    String name = text.substring(tokens.get(start).start(), nameEnd);
    // A lone word left after "On Sunday" or "However," opens the sentence as much as a first word:
    // its capital says nothing ("On Sunday Evening with Solovyov" names no "Evening").
    boolean sentenceInitialSingle =
        to - start == 1
            && firstWord(text, tokens) == from
            && onlyNonNames(text, tokens, from, start)
            && afterNoArticle(text, tokens, from, start);
    if (sentenceInitialSingle
        && !capitalisedElsewhere(name, midSentence)
        && !places.isPlace(name)) {
      return Optional.empty();
    }
    Span span = new Span(tokens.get(start).start(), nameEnd);
    String first = tokens.get(from).of(text);
    boolean titled = start > from && PERSON_TITLES.contains(first);
    return Optional.of(
        new EntityMention(span, name, type(text, span, name, titled), sentence.index()));
  }

  /** True when tokens {@code [from, to)} are all words that are no names (no title among them). */
  private static boolean onlyNonNames(String text, List<Span> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!NOT_NAMES.contains(bare(tokens.get(k).of(text)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleOrNotName(String token) {
    String bare = bare(token);
    return PERSON_TITLES.contains(bare) || NOT_NAMES.contains(bare);
  }

  /**
   * True unless the word at {@code start} follows an article skipped from its run: "The Kremlin's
   * failure" capitalises "Kremlin" for being a name, as no common noun would be after "The".
   */
  private static boolean afterNoArticle(String text, List<Span> tokens, int from, int start) {
    return start == from || !ARTICLES.contains(bare(tokens.get(start - 1).of(text)));
  }

  /** The token without an abbreviation's full stop ("Dr." is "Dr"). */
  private static String bare(String token) {
    return token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
  }

  /** The end (exclusive) of the capitalised run starting at token {@code i}; {@code i} if none. */
  private static int chunkEnd(String text, List<Span> tokens, int i) {
    int end = i;
    int j = i;
    while (j < tokens.size()) {
      String token = tokens.get(j).of(text);
      if (isCapitalized(token)) {
        end = j + 1;
        j++;
        // "Russia’s Vladimir Putin": the owner is a name of its own, not part of the next one.
        if (POSSESSIVE.matcher(token).find()) {
          break;
        }
      } else if (end == j && end > i && isModelNumber(token, tokens, j)) {
        end = j + 1; // "Antonov An-124", "Ilyushin Il-76": the number belongs to the name
        j++;
      } else if (end > i
          && isConnector(token)
          && j + 1 < tokens.size()
          && (isCapitalized(tokens.get(j + 1).of(text))
              || isConnector(tokens.get(j + 1).of(text)))) {
        j++;
      } else {
        break;
      }
    }
    return end;
  }

  /** "-124" written onto the name before it ("An-124"): the tokenizer splits off the number. */
  private static boolean isModelNumber(String token, List<Span> tokens, int j) {
    return MODEL_NUMBER.matcher(token).matches()
        && tokens.get(j).start() == tokens.get(j - 1).end();
  }

  /** Particles and hyphens inside names: "al-Assad" reaches the tokenizer as al, -, Assad. */
  private static boolean isConnector(String token) {
    return token.equals("-")
        || token.equals("\u2010")
        || CONNECTORS.contains(token.toLowerCase(Locale.ROOT));
  }

  private static boolean isCapitalized(String token) {
    if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0))) {
      return false;
    }
    return token.chars().anyMatch(Character::isLetter);
  }

  private EntityType type(String text, Span span, String name, boolean titled) {
    String before = text.substring(Math.max(0, span.start() - 40), span.start());
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 60));
    if (FACILITY_WORD.matcher(name).matches() || FACILITY_AFTER.matcher(after).matches()) {
      return EntityType.FACILITY;
    }
    if (ORGANIZATION_WORD.matcher(name).matches()
        || ACRONYM.matcher(name).matches()
        || ACRONYM_FIRST.matcher(name).matches()) {
      return EntityType.ORGANIZATION;
    }
    if (places.isPlace(name)) {
      return EntityType.LOCATION;
    }
    if (titled || PERSON_PRECEDING.matcher(before).matches()) {
      return EntityType.PERSON;
    }
    if (ORGANIZATION_PRECEDING.matcher(before).matches()) {
      return EntityType.ORGANIZATION;
    }
    boolean appositive = opensWithComma(after);
    if (appositive && PERSON_APPOSITIVE.matcher(after).matches()) {
      return EntityType.PERSON;
    }
    if (appositive && ORGANIZATION_APPOSITIVE.matcher(after).matches()) {
      return EntityType.ORGANIZATION;
    }
    if (name.contains(" ") && PERSON_CONTEXT.matcher(after).matches()) {
      return EntityType.PERSON;
    }
    if (endsInSpace(before)
        && !HAPPENING_WORD.matcher(name).matches()
        && !ACCORDING_TO.matcher(before).matches()
        && PLACE_PRECEDING.matcher(before).matches()) {
      return EntityType.LOCATION;
    }
    return EntityType.OTHER;
  }

  /**
   * Both appositive patterns start {@code ^\s*,}: without a comma after the white space they cannot
   * match, and most names are not followed by one.
   */
  static boolean opensWithComma(String after) {
    int i = 0;
    while (i < after.length() && Literals.isRegexSpace(after.charAt(i))) {
      i++;
    }
    return i < after.length() && after.charAt(i) == ',';
  }

  /**
   * {@link #PLACE_PRECEDING} ends {@code \s+(?:the\s+)?$} and is asked to match the whole text
   * ({@code matches}, so {@code $} cannot leave a final line terminator out): the last char is
   * white space.
   */
  static boolean endsInSpace(String before) {
    return !before.isEmpty() && Literals.isRegexSpace(before.charAt(before.length() - 1));
  }

  /**
   * Whether a lone capitalised word opening a sentence is a name by how the rest of the text writes
   * it. Design decision: a word that is itself the head noun of a kind of organisation or place
   * ("Bank", "Ministry", "Council", "Airport") must stand alone somewhere mid-sentence; being part
   * of a longer name ("Solvane Bank") says nothing about "Bank shares fell". Any other word needs
   * only to be capitalised mid-sentence, alone or in a name ("Dmitry Peskov" lets "Peskov said"
   * open a sentence).
   */
  private static boolean capitalisedElsewhere(String word, MidSentence midSentence) {
    boolean headNoun =
        ORGANIZATION_WORD.matcher(word).matches() || FACILITY_WORD.matcher(word).matches();
    return headNoun ? midSentence.alone().contains(word) : midSentence.capitalised().contains(word);
  }

  /**
   * The index of a sentence's first word, what comes before it being punctuation ("“Price rose…");
   * the number of tokens when it has no word.
   */
  private static int firstWord(String text, List<Span> tokens) {
    int i = 0;
    while (i < tokens.size()
        && tokens.get(i).of(text).codePoints().noneMatch(Character::isLetterOrDigit)) {
      i++;
    }
    return i;
  }

  /**
   * Capitalised words that are evidence of names: those after a sentence's first word (a word
   * opening a quotation that opens the sentence is its first word), except a lone word left after
   * words that are no names at the start; all of them, and those standing alone (no capitalised
   * word right before or after them).
   */
  private record MidSentence(Set<String> capitalised, Set<String> alone) {
    static MidSentence of(String text, List<Sentence> sentences) {
      Set<String> capitalised = new HashSet<>();
      Set<String> alone = new HashSet<>();
      for (Sentence sentence : sentences) {
        List<Span> tokens = sentence.tokens();
        int first = firstWord(text, tokens);
        // A run that opens the sentence is evidence from its second word when it is a name of
        // several words ("Dmitry Peskov said"); a lone word left after words that are no names
        // ("On Sunday Evening with ...") is not.
        int runEnd = first;
        while (runEnd < tokens.size() && isCapitalized(tokens.get(runEnd).of(text))) {
          runEnd++;
        }
        int named = first;
        while (named < runEnd && NOT_NAMES.contains(bare(tokens.get(named).of(text)))) {
          named++;
        }
        boolean weak = runEnd - named <= 1 && afterNoArticle(text, tokens, first, named);
        for (int i = weak ? Math.max(runEnd, first + 1) : first + 1; i < tokens.size(); i++) {
          String token = tokens.get(i).of(text);
          if (isCapitalized(token)) {
            capitalised.add(token);
            boolean joined =
                i > first + 1 && isCapitalized(tokens.get(i - 1).of(text))
                    || i + 1 < tokens.size() && isCapitalized(tokens.get(i + 1).of(text));
            if (!joined) {
              alone.add(token);
            }
          }
        }
      }
      return new MidSentence(capitalised, alone);
    }
  }
}
