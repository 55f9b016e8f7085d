package dev.newsdesk.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells boilerplate lines and sentences from article text by general features: the vocabulary of
 * asks and promos, credit and copyright marks, handles and link shorteners, and the shapes of
 * bylines. Shared by the text-dump readers (to find where an item ends) and the extractor.
 *
 * <p>Design decision: rules over a learned model for now. The features are few and stable across
 * outlets, the rules explain themselves in a test failure, and a line only counts as boilerplate
 * when it is also short enough to be one: a long paragraph that merely mentions a newsletter stays.
 * Stateless and thread-safe.
 */
public final class BoilerplateClassifier {
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** An ask: giving words aimed at the reader. News about donations has the words, not the aim. */
  private static final Pattern DONATION =
      Pattern.compile(
          "\\b(donat(e|es|ed|ion|ions|ing)|support (us|our \\w+|independent \\w+|the \\p{Lu}\\w*)"
              + "|count on you|contribut(e|ion)|chip(s|ped)? in|reader[- ]funded|funded by (its|our) readers"
              + "|free to read|readers like you|(one-off|monthly|small|a) gift|give what you can"
              + "|become an? (member|patron|supporter|subscriber)|make a (gift|contribution))\\b",
          FLAGS);

  private static final Pattern READER_ADDRESS =
      Pattern.compile(
          "\\b(you|your|us|our|we|readers)\\b|\\bchose to support\\b"
              + "|^(keep|become|support|donate|join|help|give|subscribe)\\b",
          FLAGS);

  /** Quoted or reported speech: a quote about donations is news, not an ask. */
  private static final Pattern SPEECH =
      Pattern.compile("^[\"\u201C\u2018']|\\b(said|says|told|according to)\\b", FLAGS);

  /**
   * The promo speaks to the reader: second person, "our", or an imperative "sign up" at the start
   * or end. "Sign up" inside a sentence ("the company continued to sign up subscribers") is news.
   */
  private static final Pattern NEWSLETTER_ADDRESS =
      Pattern.compile(
          "\\b(you|your|our|selects (his|her|their))\\b|^(sign up|subscribe)\\b"
              + "|\\b(sign up|subscribe)( now| today| here| free| for free)?\\W*$",
          FLAGS);

  private static final Pattern CAPTION_START =
      Pattern.compile(
          "^((photo|photograph|image|picture|file photo|illustration|caption|credit)\\s*(:|by\\b|courtesy\\b"
              + "|for illustrative)|pictured\\s*:)",
          FLAGS);
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "\\((photo|image|picture|credit|photograph)s?\\s*:[^)]*\\)\\s*\\.?$"
              + "|\\([^()]{2,80}\\s(via|/)\\s[^()]{2,60}\\)\\s*\\.?$"
              + "|\\((getty images|shutterstock|afp|reuters|ap photo)[^()]*\\)\\s*\\.?$",
          FLAGS);
  private static final Pattern POST_LINK =
      Pattern.compile("pic\\.twitter\\.com/\\S+|https?://t\\.co/\\S+", FLAGS);
  private static final Pattern POST_SIGNATURE =
      Pattern.compile(
          "^[\u2014\u2013-]{1,2}\\s*[^()]{1,80}\\(@\\w{1,30}\\)\\s*\\p{L}+\\.? \\d{1,2},? \\d{4}\\s*$");
  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}&])#\\p{L}[\\p{L}\\p{N}_]*");
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:by|written by|words by|reporting by)\\s+(?!(?:"
              + CalendarWords.WEEKDAY
              + "|"
              + CalendarWords.MONTH
              + "|Then|Now|Noon|Midnight|Dawn|Nightfall)\\b)\\p{Lu}[\\p{L}.'\u2019-]+"
              + "(\\s+(\\p{Lu}[\\p{L}.'\u2019-]+|and|&|de|van|von|al|el|bin))*",
          Pattern.UNICODE_CASE);
  private static final Pattern READ_TIME =
      Pattern.compile("\\b\\d{1,3}\\s*(-\\s*)?min(ute)?s?\\.?\\s+read\\b", FLAGS);
  private static final Pattern AUTHOR_LINE =
      Pattern.compile(
          "^(author|authors|editor|edited by|editing by|reporting by|written by|compiled by)"
              + "\\s*:\\s*\\S.{0,100}$",
          FLAGS);
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^\\s*(\u00A9|\\(c\\)\\s*\\d{4}|copyright\\s*(\u00A9|\\(c\\)|\\d{4}))|\\ball rights reserved\\b"
              + "|\\bunauthori[sz]ed (use|reproduction|copying)\\b"
              + "|\\bmay not be (re)?published, broadcast, rewritten\\b",
          FLAGS);
  private static final Pattern NEWSLETTER =
      Pattern.compile(
          "\\b(newsletters?|sign up|subscribe (to|now|for)|in your inbox|delivered to your"
              + " inbox|selects (his|her|their) favou?rite stories|morning briefing|rounds up)\\b",
          FLAGS);

  /** Syndication credits and paywall notes: about the page, not the story. */
  private static final Pattern PAGE_NOTE =
      Pattern.compile(
          "^(this (report|article|story|piece) (first |originally )?(appeared|was (first |originally )?published)"
              + "|(the post|this post) .{1,200} appeared first on|republished with permission"
              + "|originally published (on|by|in)\\b)"
              + "|\\bappeared first on\\b|\\b(is|are) (only )?for (our )?(\\p{L}+ )?subscribers\\b"
              + "|\\bsubscribers only\\b|\\balready a subscriber\\b|\\bsubscribe to (read|continue)\\b",
          FLAGS);

  private static final Pattern SHARE =
      Pattern.compile(
          "^(share (this|on|via|the)|follow us\\b|like us on|tweet this|click (here )?to share"
              + "|share$|share article)",
          FLAGS);
  private static final Pattern READ_MORE =
      Pattern.compile(
          "^((read more|read also|also read|see also|more on this( story)?|related (articles?|stories"
              + "|coverage|reading)|recommended reading|you may also like|continue reading)\\b"
              + "|(related|recommended|more)\\s*[:\u2013\u2014-])",
          FLAGS);
  private static final Pattern DATE_HEADER =
      Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\b", FLAGS);
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?\u2026])[\"\u201D\u2019]?\\s+(?=[\"\u201C\\p{Lu}])");

  /*
   * The words every match of a pattern above contains, one per alternative of the pattern, in the
   * case folding of Literals.caseFold: a line with none of them cannot match, so the pattern is not
   * run. Keep each list next to its pattern's alternatives when either changes
   * (BoilerplateClassifierTest checks phrases of every alternative).
   */
  static final String[] POST_LINK_WORDS = {"pic.twitter.com/", "://t.co/"};
  static final String[] COPYRIGHT_WORDS = {
    "\u00A9", "(c)", "copyright", "all rights reserved", "unauthori", "may not be "
  };
  static final String[] DONATION_WORDS = {
    "donat",
    "support ",
    "count on you",
    "contribut",
    "chip",
    "funded",
    "free to read",
    "readers like you",
    "gift",
    "give what you can",
    "become a",
    "make a "
  };
  static final String[] NEWSLETTER_WORDS = {
    "newsletter", "sign up", "subscribe ", "your inbox", "selects ", "morning briefing", "rounds up"
  };

  /** Lines longer than this are article text unless their start marks them (caption, byline). */
  private static final int MAX_BOILERPLATE_LINE = 320;

  /** What kind of boilerplate a whole line is, if it is one. */
  public Optional<BoilerplateKind> classifyLine(String rawLine) {
    String line = TextNormalizer.collapseSpaces(rawLine);
    if (line.isEmpty()) {
      return Optional.empty();
    }
    // Each unanchored rule below first asks whether the line holds a word that every match of its
    // pattern must contain (see Literals); most lines hold none, and the pattern is not run.
    String folded = Literals.caseFold(line);
    if (folded.contains("date") && DATE_HEADER.matcher(line).find()) {
      return Optional.of(BoilerplateKind.DATE_HEADER);
    }
    if (Literals.any(folded, POST_LINK_WORDS) && POST_LINK.matcher(line).find()
        || POST_SIGNATURE.matcher(line).matches()) {
      return Optional.of(BoilerplateKind.EMBEDDED_POST);
    }
    if (CAPTION_START.matcher(line).find()
        || line.indexOf('(') >= 0 && CAPTION_CREDIT.matcher(line).find()) {
      return Optional.of(BoilerplateKind.PHOTO_CAPTION);
    }
    if (AUTHOR_LINE.matcher(line).matches()) {
      return Optional.of(BoilerplateKind.AUTHOR_LINE);
    }
    if (line.length() <= 200 && BYLINE.matcher(line).lookingAt()) {
      return Optional.of(BoilerplateKind.BYLINE);
    }
    if (line.length() <= 200
        && folded.contains("min")
        && folded.contains("read")
        && READ_TIME.matcher(line).find()) {
      return Optional.of(BoilerplateKind.READ_TIME);
    }
    if (Literals.any(folded, COPYRIGHT_WORDS) && COPYRIGHT.matcher(line).find()) {
      return Optional.of(BoilerplateKind.COPYRIGHT_FOOTER);
    }
    if (line.length() > MAX_BOILERPLATE_LINE) {
      return Optional.empty();
    }
    if (Literals.any(folded, DONATION_WORDS)
        && DONATION.matcher(line).find()
        && READER_ADDRESS.matcher(line).find()
        && !SPEECH.matcher(line).find()) {
      return Optional.of(BoilerplateKind.DONATION_ASK);
    }
    if (Literals.any(folded, NEWSLETTER_WORDS)
        && NEWSLETTER.matcher(line).find()
        && NEWSLETTER_ADDRESS.matcher(line).find()) {
      return Optional.of(BoilerplateKind.NEWSLETTER_PROMO);
    }
    if (mayBePageNote(folded) && PAGE_NOTE.matcher(line).find()) {
      return Optional.of(BoilerplateKind.PAGE_NOTE);
    }
    if (SHARE.matcher(line).find()) {
      return Optional.of(BoilerplateKind.SHARE_PROMPT);
    }
    if (READ_MORE.matcher(line).lookingAt()) {
      return Optional.of(BoilerplateKind.READ_MORE);
    }
    return Optional.empty();
  }

  /**
   * {@link #PAGE_NOTE}'s necessary words: its anchored alternatives start the line with "this ",
   * "republished with permission" or "originally published " (or hold "appeared first on"), the
   * others hold "appeared first on" or "subscribe".
   */
  static boolean mayBePageNote(String folded) {
    return folded.startsWith("this ")
        || folded.startsWith("republished with permission")
        || folded.startsWith("originally published ")
        || folded.contains("appeared first on")
        || folded.contains("subscribe");
  }

  public boolean isBoilerplate(String line) {
    return classifyLine(line).isPresent();
  }

  /** Kinds that mark a whole line: a caption, a byline or a footer is never half of a paragraph. */
  public static boolean isLineKind(BoilerplateKind kind) {
    return switch (kind) {
      case PHOTO_CAPTION,
          BYLINE,
          READ_TIME,
          AUTHOR_LINE,
          DATE_HEADER,
          EMBEDDED_POST,
          COPYRIGHT_FOOTER,
          PAGE_NOTE ->
          true;
      default -> false;
    };
  }

  /**
   * Removes ask, promo and footer sentences that share a paragraph with article text ("X, Editor of
   * the FT, selects her favourite stories in this weekly newsletter. Russia has ..."). Returns the
   * cleaned paragraph, possibly empty.
   */
  public String stripSentences(String paragraph) {
    String[] sentences = SENTENCE_BREAK.split(paragraph);
    List<String> kept = new ArrayList<>(sentences.length);
    int openQuotes = 0;
    for (String sentence : sentences) {
      // A sentence inside a quotation that an earlier sentence opened is someone's speech:
      // "... Our new system will contribute to ..." is reported, not an ask to the reader.
      boolean quoted = openQuotes > 0;
      openQuotes = Math.max(0, openQuotes + quoteBalance(sentence));
      Optional<BoilerplateKind> kind = quoted ? Optional.empty() : classifyLine(sentence);
      if (kind.isEmpty() || isLineKind(kind.get()) && sentences.length > 1) {
        kept.add(sentence);
      }
    }
    return kept.size() == sentences.length ? paragraph : String.join(" ", kept);
  }

  /** Opening minus closing curly double quotes: straight quotes cannot tell the two apart. */
  private static int quoteBalance(String sentence) {
    int balance = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == '\u201C') {
        balance++;
      } else if (c == '\u201D') {
        balance--;
      }
    }
    return balance;
  }

  /** Strips embedded-post markup (links to the post's media, hashtags) but keeps its words. */
  public String stripPostMarkup(String line) {
    String withoutLinks = POST_LINK.matcher(line).replaceAll(" ");
    String withoutTags = HASHTAG.matcher(withoutLinks).replaceAll(" ");
    return TextNormalizer.collapseSpaces(withoutTags);
  }

  /** True when the line is an embedded post's signature ("— Name (@handle) Date"). */
  public boolean isPostSignature(String line) {
    return POST_SIGNATURE.matcher(TextNormalizer.collapseSpaces(line)).matches();
  }
}
