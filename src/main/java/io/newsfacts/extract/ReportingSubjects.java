package io.newsfacts.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import io.newsfacts.ingest.Dateline;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Who is the subject of a verb of saying outside the quotations, read from the basic tree and
 * repaired where the parser lost or misplaced it: a participle's or conjunct's subject is its
 * main clause's, a name set off after its verb or right before it is the subject, a relative
 * clause hands on the noun it describes. {@link SpeakerAttributor} asks it for every verb it
 * weighs.
 */
final class ReportingSubjects {

  /** Subjects that name no source: "it called …", "this means …". */
  static final Set<String> NOT_SPEAKERS = Set.of("it", "this", "that", "there", "which",
      "what", "these", "those", "who");
  /** Words of a title before a name after a quotation: "Fight for $20 spokeswoman". */
  private static final int DESCRIPTION_WORDS = 6;
  /** How much of a line {@link Dateline} is shown: more than any dateline takes. */
  private static final int DATELINE_LOOK = 100;
  /**
   * What closes a name set off after its verb: a comma, a stop, the line's end, a relative "who"
   * ("said Steve Lederer who is …"). Not a quotation
   * mark: "said Obama “understood …”" reports Obama's words in another's clause.
   */
  private static final java.util.regex.Pattern NAME_CLOSED =
      java.util.regex.Pattern.compile("[ \\t]*(?:[,.;]|\\r?\\n|$|who\\b|whose\\b)");

  /** At most this many lowercase title words between an inverted verb and its name. */
  private static final int MAX_TITLE_WORDS = 3;

  /** Lowercase words that open a clause or stand for a noun: never part of a title. */
  private static final Set<String> NOT_TITLE_WORDS = Set.of("that", "whether", "if", "how",
      "what", "why", "when", "where", "it", "he", "she", "they", "we", "i", "you", "there",
      "this", "these", "those", "and", "or", "but", "in", "on", "at", "to", "of", "for", "by",
      "with", "from", "as", "not", "no", "so", "then", "also");

  private final String text;
  private final List<QuoteFinder.Found> quotes;
  private final List<EntityCluster> entities;

  ReportingSubjects(String text, List<QuoteFinder.Found> quotes, List<EntityCluster> entities) {
    this.text = text;
    this.quotes = quotes;
    this.entities = entities;
  }

  /**
   * "…signals “the beginning of the end” for the EU, said Geert Wilders, founder of …", "Because
   * of how the map was drawn, explained Ruth Adler, “…”", "“…,” said lead author Josh Leipheimer,
   * a doctoral student": a verb news puts before its source, set off by a comma before it (or by
   * a quotation closed on a comma) and followed by a name, after at most a few lowercase words of
   * a title, that a comma, a stop, the line's end or a relative "who" closes, is a reporting
   * clause in the inverted order, and the name is its subject. The parser often takes the name
   * for an object and a noun before the comma for the subject, or a title word for a verb. A verb
   * with a clause of its own outside the quotations, or a name that is the subject of another
   * verb ("Lee, a Democrat, said Obama, a former senator, had failed"), is the plain order and
   * keeps its parse. Null when the words do not fit.
   */
  IndexedWord nameAfterSetOffVerb(SemanticGraph tree, IndexedWord verb) {
    IndexedWord before = tree.getNodeByIndexSafe(verb.index() - 1);
    IndexedWord next = tree.getNodeByIndexSafe(verb.index() + 1);
    if (before == null || next == null || !setOff(before)
        || !PennTags.isTensedVerb(verb.tag()) || !ClosingReportingClause.inverts(verb)
        || insideQuote(next.beginPosition())) {
      return null;
    }
    for (int skipped = 0; skipped < MAX_TITLE_WORDS && isTitleWord(next); skipped++) {
      next = tree.getNodeByIndexSafe(next.index() + 1);
      if (next == null) {
        return null;
      }
    }
    boolean aside = setOffAfterOpeningNoun(tree, before);
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("ccomp") || relation.equals("xcomp")) && !aside
          && !insideQuote(edge.getDependent().beginPosition())) {
        return null;
      }
    }
    int nameBegin = next.beginPosition();
    EntityCluster named = entityCovering(nameBegin);
    NamedMention mention = named == null ? null : named.mentions().stream()
        .filter(m -> m.begin() == nameBegin).findFirst().orElse(null);
    if (mention == null || !named.isPersonOrOrganisation()
        || !NAME_CLOSED.matcher(text).region(mention.end(), text.length()).lookingAt()) {
      return null;
    }
    IndexedWord last = null;
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.beginPosition() >= mention.begin() && w.endPosition() <= mention.end()) {
        last = w;
      }
    }
    IndexedWord governor = last == null ? null : tree.getParent(last);
    boolean subjectOfAnother = governor != null && !governor.equals(verb)
        && tree.getEdge(governor, last).getRelation().toString().startsWith("nsubj");
    return subjectOfAnother && !aside ? null : last; // "said Obama, a former senator, had failed"
  }

  /**
   * "The paradox of Nancy, says Carl Anthony, historian at …, is that …", "The trouble, said Ann
   * Lee, is …": a sentence that opens with a bare noun phrase and a comma sets off what follows
   * as an aside, so the verb after that comma and the name after it are the inverted reporting
   * clause, though the parser makes the name the subject of the main verb and the verb's clause
   * its complement. The plain order sets its subject off with an apposition ("Lee, a Democrat,
   * said Obama, a senator, had failed"), which puts a comma or a verb before that comma.
   */
  private static boolean setOffAfterOpeningNoun(SemanticGraph tree, IndexedWord comma) {
    if (!comma.word().equals(",")) {
      return false;
    }
    boolean noun = false;
    for (IndexedWord w : tree.vertexListSorted()) {
      if (w.index() >= comma.index()) {
        break;
      }
      String tag = w.tag() == null ? "" : w.tag();
      boolean clauseWord = tag.startsWith("VB") || tag.equals("MD") || tag.startsWith("W")
          || tag.equals("PRP") || (tag.equals("IN") && w.index() == 1); // "In Iowa, said …"
      boolean mark = tag.equals(",") || tag.equals(":") || tag.equals("``") || tag.equals("''");
      if (clauseWord || mark) {
        return false;
      }
      noun |= tag.startsWith("NN");
    }
    return noun;
  }

  /** A comma, or a quotation's closing mark right after a comma ("…,” said). */
  private boolean setOff(IndexedWord before) {
    if (before.word().equals(",")) {
      return true;
    }
    int at = before.beginPosition();
    return "''".equals(before.tag()) && at > 0 && text.charAt(at - 1) == ','
        && insideQuote(at);
  }

  /** A lowercase word of a title before a name: "lead author", "study co-author", "state". */
  private static boolean isTitleWord(IndexedWord word) {
    String w = word.word();
    return w.matches("[a-z][a-z-]*") && !NOT_TITLE_WORDS.contains(w);
  }

  /**
   * "as Joel Pollak of Breitbart California observed, the biggest victor was …": in an "as"
   * clause of saying the parser may read "as" as the preposition of the name and leave the verb
   * without a subject. A phrase opened by "as" that ends right before a verb with no subject is
   * that verb's subject ("as president" with a subject of its own beside it says a role); the
   * phrase may hang on the verb or on the clause the parser hung the verb from ("…, as the head
   * of the rules committee has accused …"). Null when the verb has a subject or no such phrase.
   */
  IndexedWord asPhraseRightBefore(SemanticGraph tree, IndexedWord verb) {
    if (Subtrees.child(tree, verb, "nsubj") != null
        || Subtrees.child(tree, verb, "nsubj:pass") != null) {
      return null;
    }
    int opening = verb.beginPosition(); // before "has" of "has accused", "also" of "also said"
    for (IndexedWord w = tree.getNodeByIndexSafe(verb.index() - 1); w != null
        && verb.equals(tree.getParent(w)) && isAuxiliaryOrAdverb(tree.getEdge(verb, w));
        w = tree.getNodeByIndexSafe(w.index() - 1)) {
      opening = w.beginPosition();
    }
    IndexedWord parent = tree.getParent(verb);
    for (IndexedWord holder : parent == null ? List.of(verb) : List.of(verb, parent)) {
      for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(holder)) {
        IndexedWord d = edge.getDependent();
        if (edge.getRelation().toString().startsWith("obl") && d.index() < verb.index()
            && Subtrees.hasCase(tree, d, "as") && !insideQuote(d.beginPosition())) {
          int end = Subtrees.span(tree, d)[1];
          if (end <= opening && text.substring(end, opening).isBlank()) {
            return d;
          }
        }
      }
    }
    return null;
  }

  private static boolean isAuxiliaryOrAdverb(SemanticGraphEdge edge) {
    String relation = edge.getRelation().toString();
    return relation.startsWith("aux") || relation.equals("advmod");
  }

  /**
   * "But it's not, and Dayton says caucuses “are such an unknown”", "When asked about it, Cruz
   * gingerly said that was “…”": English puts the subject right before its verb, and a clause
   * opens after a comma, a conjunction, the sentence's start or a quotation closed by a comma
   * (the name's title may stand between: {@link #describedAfterQuotation}). When the parser loses
   * the subject (merging the clause with the one before, or hanging the name on a noun of a
   * fronted phrase), a person's or organisation's name that opens a clause and ends right before
   * a tensed verb, or before one adverb in front of it, is that verb's subject. Null when the
   * words do not fit.
   */
  IndexedWord nameRightBefore(SemanticGraph tree, IndexedWord verb) {
    if (!PennTags.isTensedVerb(verb.tag()) || insideQuote(verb.beginPosition())) {
      return null;
    }
    IndexedWord last = tree.getNodeByIndexSafe(verb.index() - 1);
    if (last != null && "RB".equals(last.tag())) {
      last = tree.getNodeByIndexSafe(verb.index() - 2); // "Cruz gingerly said"
    }
    if (last == null || insideQuote(last.beginPosition())) {
      return null;
    }
    int end = last.endPosition();
    EntityCluster named = entityCovering(last.beginPosition());
    NamedMention mention = named == null ? null : named.mentions().stream()
        .filter(m -> m.end() == end).findFirst().orElse(null);
    if (mention == null || !named.isPersonOrOrganisation()) {
      return null;
    }
    IndexedWord first = last;
    for (IndexedWord w = tree.getNodeByIndexSafe(first.index() - 1);
        w != null && w.beginPosition() >= mention.begin();
        w = tree.getNodeByIndexSafe(w.index() - 1)) {
      first = w;
    }
    IndexedWord before = tree.getNodeByIndexSafe(first.index() - 1);
    boolean opensClause = before == null || before.word().equals(",")
        || "CC".equals(before.tag()) || describedAfterQuotation(tree, first);
    return opensClause ? last : null;
  }

  /**
   * "“…,” Fight for $20 spokeswoman Dana Whitlock told Radio North.": after a quotation
   * closed by a comma English goes on with who spoke, so the reporting clause opens at the closing
   * mark, and the words between it and the name, up to {@value #DESCRIPTION_WORDS} with no comma
   * and no tensed verb, are the name's own title or description. Whether {@code first}, the name's
   * first word, stands so.
   */
  boolean describedAfterQuotation(SemanticGraph tree, IndexedWord first) {
    for (int k = first.index() - 1; k >= Math.max(1, first.index() - DESCRIPTION_WORDS - 1); k--) {
      IndexedWord w = tree.getNodeByIndexSafe(k);
      if (w == null) {
        return false;
      }
      if (insideQuote(w.beginPosition())) {
        int mark = w.beginPosition();
        return quotes.stream().anyMatch(q -> q.contentEnd() == mark && q.end() == w.endPosition()
            && q.closesOnComma(text));
      }
      if (w.word().equals(",") || PennTags.isTensedVerb(w.tag())) {
        return false;
      }
    }
    return false;
  }

  IndexedWord subjectOf(SemanticGraph tree, IndexedWord verb) {
    IndexedWord current = verb;
    for (int hops = 0; hops < 4 && current != null; hops++) {
      IndexedWord subject = ownSubject(tree, current);
      // "Speaking at a town hall in Salem, Trump went after Bush, calling him “…”": the fronted
      // participle taken for the subject, the name before the verb hung elsewhere
      IndexedWord named = subject != null && notANoun(subject) ? nameRightBefore(tree, current)
          : null;
      if (named != null) {
        return named;
      }
      if (subject != null && notANoun(subject)) {
        // "A Kellogg officer, who asked not to be named, said": the relative clause's verb taken
        // for the subject of "said", hung as a relative clause on the officer; no verb speaks
        subject = null;
      }
      if (subject != null) {
        return isRelativePronoun(subject) ? relativeClauseNoun(tree, current) : subject;
      }
      // "X stood up and said ...": the subject sits on the first conjunct
      IndexedWord parent = tree.getParent(current);
      String relation = parent == null ? "" : tree.getEdge(parent, current).getRelation().toString();
      if (relation.equals("acl:relcl")) {
        return parent;
      }
      IndexedWord described = afterRelativeClause(tree, current, parent);
      if (described != null) {
        return described; // "The harbour master, who was on leave, then asked, “…”"
      }
      // "Interfax quoted Chernomyrdin as saying", "Edwards was quoted as saying:": the quoted one
      IndexedWord quoted = quotedAsSaying(tree, current, parent, relation, this::insideQuote);
      if (quoted != null) {
        return quoted;
      }
      // "The decision was wrong, Ruiz said, adding, “…”": a participle right after a reporting
      // clause set off by commas goes on with that clause's speaker, not the sentence's subject
      IndexedWord reporting = afterComma(tree, current) ? reportingVerbBefore(tree, current) : null;
      if (reporting != null) {
        current = reporting;
        continue;
      }
      // ", noting that …" set off at the end of a sentence belongs to the main clause, however
      // deep the parser hung it ("Clinton pitched her plan as a way to create jobs, noting …")
      IndexedWord main = afterComma(tree, current) ? mainClauseOf(tree, current) : null;
      if (main != null) {
        current = main;
        continue;
      }
      // "…, with the union calling her “…”": the absolute construction names the participle's
      // own doer, which the parser hangs the participle on
      if (parent != null && ReportedSpeech.reducedRelative(relation, current, parent)
          && !insideQuote(parent.beginPosition()) && opensAbsoluteWith(tree, parent)) {
        return parent;
      }
      // "Trump defended the city, saying …": a participle clause's subject is its main clause's
      boolean participle = isParticipleClause(relation, current);
      if (participle && PennTags.isProperNoun(parent.tag()) && tree.getRoots().contains(parent)
          && !insideQuote(parent.beginPosition())) {
        // "76-year-old Morton Blackwell, founder of …, endorsed Cruz, saying …": lost in a long
        // apposition, the parser found no verb for the name and hung the participle on it
        return parent;
      }
      if (!relation.equals("conj") && !relation.equals("xcomp") && !participle) {
        return null;
      }
      IndexedWord raised = raisedSubject(tree, current);
      if (raised != null) {
        return raised;
      }
      current = parent;
    }
    return null;
  }

  /**
   * "Obama is reported to have called the Saudis “free riders”", "a reporter can be heard asking
   * Trump": the doer of an active infinitive or participle is its clause's surface subject, a
   * passive one included, so the passive verb's subject is the subject {@code verb}'s own clause
   * lacks. Null when {@code verb} is passive itself ("is expected to be called “…”" names what is
   * called), hangs on its verb otherwise, or that verb has no passive subject outside a quotation.
   */
  IndexedWord raisedSubject(SemanticGraph tree, IndexedWord verb) {
    IndexedWord parent = tree.getParent(verb);
    if (parent == null || Subtrees.child(tree, verb, "aux:pass") != null) {
      return null;
    }
    String relation = tree.getEdge(parent, verb).getRelation().toString();
    if (!relation.equals("xcomp") && !isParticipleClause(relation, verb)) {
      return null;
    }
    IndexedWord subject = Subtrees.child(tree, parent, "nsubj:pass");
    return subject == null || insideQuote(subject.beginPosition()) ? null
        : namedSubject(tree, subject);
  }

  /** "…, saying …": a participle hung on its clause as an adverbial or loose dependent. */
  private static boolean isParticipleClause(String relation, IndexedWord verb) {
    return (relation.equals("advcl") || relation.equals("dep")) && "VBG".equals(verb.tag());
  }

  /**
   * "The harbour master, who was on leave, then quietly asked, “…”": English sets a relative
   * clause that describes a noun off with a comma before and after it, and after the closing comma
   * goes on with the noun's own clause. The parser often runs the relative clause on over that
   * clause's verb, hanging {@code verb} on the relative clause's predicate {@code parent}. When
   * {@code parent} heads a relative clause opened by a comma whose subject is its relative pronoun
   * ("who", "which": the noun itself), and {@code verb} comes after it right after a comma
   * (adverbs aside), the noun the clause describes is the verb's subject. A clause with a subject
   * of its own ("a speech, when protesters interrupted her, shouting …") keeps its parse. Null
   * otherwise.
   */
  IndexedWord afterRelativeClause(SemanticGraph tree, IndexedWord verb,
      IndexedWord parent) {
    IndexedWord noun = parent == null ? null : tree.getParent(parent);
    if (noun == null || verb.index() < parent.index()
        || !tree.getEdge(noun, parent).getRelation().toString().equals("acl:relcl")
        || insideQuote(noun.beginPosition())) {
      return null;
    }
    IndexedWord pronoun = nearestSubject(tree, parent);
    if (pronoun == null || !isRelativePronoun(pronoun)) {
      return null;
    }
    IndexedWord opening = tree.getNodeByIndexSafe(Subtrees.firstWord(tree, parent).index() - 1);
    IndexedWord before = tree.getNodeByIndexSafe(verb.index() - 1);
    while (before != null && "RB".equals(before.tag()) && before.index() > parent.index()) {
      before = tree.getNodeByIndexSafe(before.index() - 1); // "then quietly asked"
    }
    boolean setOff = opening != null && opening.word().equals(",") && before != null
        && before.word().equals(",") && before.index() > parent.index();
    return setOff ? noun : null;
  }

  /**
   * The subject of {@code verb} as {@link #nearestSubject}, but none for a participle set off by a
   * comma (", saying …"): English gives such a participle no subject of its own; its doer is the
   * subject of the clause it modifies. A subject the parser hangs on it from before the comma
   * ("…said Lee will have to choose whose side she's on, saying, “…”", with "she" made the
   * subject of "saying") belongs to the clause before.
   */
  IndexedWord ownSubject(SemanticGraph tree, IndexedWord verb) {
    IndexedWord subject = nearestSubject(tree, verb);
    return subject != null && subject.index() < verb.index() && afterComma(tree, verb) ? null
        : subject;
  }

  /**
   * "“This shows we're back in business,” William Luehrs, president of …, said": an "nsubj", or a
   * name as the "nsubj:pass" of a verb in a finite active form (the passive needs a participle),
   * which the parser gives when it reads the quotation's "we're" as the reporting verb's passive;
   * or the subject of a perfect the parser read as a passive ({@link #isContractedPerfect}).
   */
  private static boolean isActiveSubject(SemanticGraph tree, SemanticGraphEdge edge,
      IndexedWord verb) {
    String relation = edge.getRelation().toString();
    return relation.equals("nsubj") || relation.equals("nsubj:pass")
        && (PennTags.isFinite(verb.tag()) && PennTags.isProperNoun(edge.getDependent().tag())
            || isContractedPerfect(tree, verb));
  }

  /**
   * "he's said the same thing …: “…”", "she's called it “…”": the "'s" of "has" reads as the
   * "is" of a passive, and the parser makes it one; but a passive takes no object or clause of
   * what was said, so with one the verb is a perfect and its "passive" subject is its doer ("he's
   * said to be" stays a passive).
   */
  private static boolean isContractedPerfect(SemanticGraph tree, IndexedWord verb) {
    IndexedWord auxiliary = Subtrees.child(tree, verb, "aux:pass");
    return auxiliary != null && auxiliary.word().replace('’', '\'').equalsIgnoreCase("'s")
        && (Subtrees.child(tree, verb, "obj") != null
            || Subtrees.child(tree, verb, "ccomp") != null);
  }

  /**
   * The subject of {@code verb} outside any quotation. When the parser gives two ("Leaning into
   * her message, she added that …" with the fronted participle mis-tagged as a name), the one
   * nearest the verb is its subject: English sets a fronted phrase off before the subject. A
   * relative pronoun counts only alone: beside a noun it belongs to a clause the parser merged.
   */
  IndexedWord nearestSubject(SemanticGraph tree, IndexedWord verb) {
    IndexedWord nearest = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      IndexedWord d = edge.getDependent();
      if (!isActiveSubject(tree, edge, verb) || insideQuote(d.beginPosition())) {
        continue;
      }
      d = namedSubject(tree, d);
      if (d == null) {
        continue;
      }
      if (nearest == null || (isRelativePronoun(nearest) && !isRelativePronoun(d))
          || (!isRelativePronoun(d) && d.index() < verb.index()
              && (nearest.index() > verb.index() || d.index() > nearest.index())
              && !describesName(tree, nearest, d))) {
        nearest = d;
      }
    }
    return nearest;
  }

  /**
   * "Walsh, a spokesman for the ministry, told Reuters": the parser may make the description set
   * off after a name a second subject. A common noun whose phrase opens right after the name and
   * its comma describes that name, and the name is the subject.
   */
  private static boolean describesName(SemanticGraph tree, IndexedWord name,
      IndexedWord description) {
    if (name.tag() == null || !name.tag().startsWith("NNP") || description.tag() == null
        || !description.tag().startsWith("NN") || description.tag().startsWith("NNP")) {
      return false;
    }
    IndexedWord comma = tree.getNodeByIndexSafe(name.index() + 1);
    return comma != null && comma.word().equals(",")
        && Subtrees.firstWord(tree, description).index() == name.index() + 2;
  }

  /**
   * Whether {@code noun} opens an absolute "with" phrase, which English sets off from the clause
   * it comments on: "…, with the union calling her …", "With prices rising, …". Without the comma
   * "with" takes an object of the verb before it ("replaced it with softer language calling for
   * …"), and a participle after a noun otherwise restricts it ("issued a statement saying …",
   * whose words are the issuer's).
   */
  static boolean opensAbsoluteWith(SemanticGraph tree, IndexedWord noun) {
    IndexedWord with = Subtrees.child(tree, noun, "case");
    if (with == null || !with.word().equalsIgnoreCase("with")) {
      return false;
    }
    IndexedWord before = tree.getNodeByIndexSafe(with.index() - 1);
    return before == null || before.word().equals(",") || before.word().equals("--")
        || before.word().equals("—") || before.word().equals("–");
  }

  /**
   * A participle right after a comma with no subject of its own: ", noting that …", ", saying
   * …", ", calling him …"; the comma may close a quotation before it (",” adding").
   */
  static boolean afterComma(SemanticGraph tree, IndexedWord word) {
    if (!"VBG".equals(word.tag()) || word.index() < 2) {
      return false;
    }
    IndexedWord before = tree.getNodeByIndexSafe(word.index() - 1);
    if (before != null && "''".equals(before.tag()) && word.index() > 2) {
      // American style sets the comma inside the closing mark: "…was maniacal,” adding, “…”"
      before = tree.getNodeByIndexSafe(word.index() - 2);
    }
    return before != null && before.word().equals(",");
  }

  /**
   * The verb of saying right before the comma that sets {@code participle} off, when it has a
   * subject of its own outside any quotation: "…, Ruiz said, adding …", "…, he said, noting …".
   * Null otherwise.
   */
  IndexedWord reportingVerbBefore(SemanticGraph tree, IndexedWord participle) {
    IndexedWord verb = tree.getNodeByIndexSafe(participle.index() - 2);
    if (verb == null || insideQuote(verb.beginPosition()) || !PennTags.isTensedVerb(verb.tag())
        || !SpeechVerbs.isSpeechLemma(verb.lemma())) {
      return null;
    }
    return nearestSubject(tree, verb) != null ? verb : null;
  }

  /**
   * English hangs a participle clause set off by a comma on its sentence's main clause: its
   * subject is the main clause's ("The retired neurosurgeon has provided no details about how he
   * planned …, saying …"; "Bennett denied that a shakeup is coming, explaining …"). The parser
   * often attaches it to the nearest verb instead. Returns the highest verb above {@code
   * participle}, outside any quotation, that has a subject outside it, or null when that is the
   * participle's own parent (nothing to correct) or there is none.
   */
  IndexedWord mainClauseOf(SemanticGraph tree, IndexedWord participle) {
    IndexedWord parent = tree.getParent(participle);
    IndexedWord highest = null;
    for (IndexedWord current = parent; current != null; current = tree.getParent(current)) {
      if (!insideQuote(current.beginPosition()) && activeSubject(tree, current) != null) {
        highest = current;
      }
    }
    return highest == null || highest.equals(parent) ? null : highest;
  }

  /**
   * The person a wire service or newspaper quotes: the object of "quote" ("Tanjug quotes Director
   * Ljubomir Acimovic as saying"), or its passive subject ("Edwards was quoted as saying"), for the
   * participle "saying" hanging from it. The words are theirs; the agency only passes them on.
   */
  static IndexedWord quotedAsSaying(SemanticGraph tree, IndexedWord participle,
      IndexedWord parent, String relation, IntPredicate insideQuote) {
    if (parent == null || !"VBG".equals(participle.tag())
        || !(relation.equals("obl") || relation.equals("advcl"))
        || !"quote".equalsIgnoreCase(parent.lemma())) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(parent)) {
      String r = edge.getRelation().toString();
      if ((r.equals("obj") || r.equals("nsubj:pass"))
          && !insideQuote.test(edge.getDependent().beginPosition())) {
        return edge.getDependent();
      }
    }
    return null;
  }

  /**
   * The noun a relative clause describes: its head, or a name the parser found no verb for and
   * made the root, hanging the clause on it loosely ("Clinton, who was speaking to the mayors,
   * did not mention Trump …, but told …").
   */
  static IndexedWord relativeClauseNoun(SemanticGraph tree, IndexedWord verb) {
    IndexedWord parent = tree.getParent(verb);
    String relation = parent == null ? "" : tree.getEdge(parent, verb).getRelation().toString();
    return relation.equals("acl:relcl") || (relation.equals("dep")
        && PennTags.isProperNoun(parent.tag()) && tree.getRoots().contains(parent))
        || isLooseRelativeClause(tree, parent, verb) ? parent : null;
  }

  /**
   * "Voters trust Trump, who has called the pact “insanity.”": the parser may hang a relative
   * clause on its noun as a bare {@code dep}; a relative pronoun as the verb's subject right after
   * the noun (and its comma) makes the clause the noun's, whatever the relation's name.
   */
  static boolean isLooseRelativeClause(SemanticGraph tree, IndexedWord noun, IndexedWord verb) {
    if (noun == null || noun.tag() == null || !noun.tag().startsWith("NN")
        || !tree.getEdge(noun, verb).getRelation().toString().equals("dep")) {
      return false;
    }
    IndexedWord pronoun = Subtrees.child(tree, verb, "nsubj");
    return pronoun != null && isRelativePronoun(pronoun) && pronoun.index() > noun.index()
        && pronoun.index() <= noun.index() + 2;
  }

  static boolean isRelativePronoun(IndexedWord word) {
    return word.tag() != null && word.tag().startsWith("W");
  }

  IndexedWord activeSubject(SemanticGraph tree, IndexedWord verb) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      IndexedWord d = edge.getRelation().toString().equals("nsubj")
          ? namedSubject(tree, edge.getDependent()) : null;
      if (d != null && !insideQuote(d.beginPosition())
          && !NOT_SPEAKERS.contains(d.word().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    return null;
  }

  /**
   * The word of a parsed subject that names its holder: past a dateline ({@link #pastDateline})
   * and past a party-and-state designation ({@link #pastDesignation}); null when it names nobody.
   */
  IndexedWord namedSubject(SemanticGraph tree, IndexedWord subject) {
    IndexedWord past = pastDateline(tree, subject);
    return past == null ? null : pastDesignation(tree, pastTimePhrase(tree, past));
  }

  /**
   * "This week SDK announced …", "Last month the ministry said …": news opens a sentence with when
   * and no comma, and the parser may make the time the subject and hang the name after it as a
   * loose dependent. The name is the subject: the noun hung from the time right after its words;
   * {@code subject} itself when it is no time or nothing follows so.
   */
  static IndexedWord pastTimePhrase(SemanticGraph tree, IndexedWord subject) {
    if (!Subtrees.isTimeWord(subject)) {
      return subject;
    }
    int timeEnd = subject.index();
    for (IndexedWord next = tree.getNodeByIndexSafe(timeEnd + 1);
        next != null && Subtrees.isTimeWord(next); next = tree.getNodeByIndexSafe(timeEnd + 1)) {
      timeEnd = next.index();
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(subject)) {
      IndexedWord d = edge.getDependent();
      String relation = edge.getRelation().toString();
      if ((relation.equals("dep") || relation.equals("appos")) && d.tag() != null
          && d.tag().startsWith("NN") && Subtrees.firstWord(tree, d).index() == timeEnd + 1) {
        return d;
      }
    }
    return subject;
  }

  /**
   * "Senate Minority Leader Bob Dole, R-Kan., said": American news sets a legislator's party and
   * state off after the name, and the parser may make that one token the subject, with the name
   * hung from it. The name is the subject: the proper noun nearest before the designation that
   * hangs from it; {@code subject} itself when it is no designation or nothing hangs there.
   */
  static IndexedWord pastDesignation(SemanticGraph tree, IndexedWord subject) {
    if (!PartyDesignation.isToken(subject.word())) {
      return subject;
    }
    IndexedWord name = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(subject)) {
      IndexedWord d = edge.getDependent();
      if (d.index() < subject.index() && PennTags.isProperNoun(d.tag())
          && (name == null || d.index() > name.index())) {
        name = d;
      }
    }
    return name == null ? subject : name;
  }

  /**
   * "WASHINGTON — Sen. Chuck Grassley on Wednesday downplayed …", "Washington (AFP) – Democrat
   * Hillary Clinton has taken a swipe …": a dateline names where the story was filed, never who
   * acts, but the parser may make its place the subject and hang the name after the dash under
   * it. {@code subject} itself when it is no dateline's word; the proper noun after the dash that
   * hangs from it when it is; null when nothing does (the dateline names nobody). Datelines as
   * {@link Dateline} reads them at an article's top, here at the start of the subject's line.
   */
  IndexedWord pastDateline(SemanticGraph tree, IndexedWord subject) {
    String word = subject.word();
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return subject; // a dateline's place is capitalised ("WASHINGTON", "Washington (AFP) -")
    }
    int storyStart = storyStart(subject.beginPosition());
    if (storyStart < 0 || subject.beginPosition() >= storyStart) {
      return subject;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(subject)) {
      IndexedWord d = edge.getDependent();
      if (d.beginPosition() >= storyStart && PennTags.isProperNoun(d.tag())
          && !insideQuote(d.beginPosition())) {
        return d;
      }
    }
    return subjectBesideDateline(tree, subject, storyStart);
  }

  /**
   * Whether the words from {@code begin} to {@code end} lie in a dateline at the start of their
   * line ("WASHINGTON, March 4 --"), which says where and when the story was filed, never what
   * anybody said.
   */
  boolean withinDateline(int begin, int end) {
    int storyStart = storyStart(begin);
    return storyStart >= 0 && end <= storyStart;
  }

  /**
   * Where a source's words start once a dateline is left out: "New Delhi, Aug 14 (PTI) Union
   * Minister X said", where no dash sets the dateline off and the parser hangs its date and
   * agency on the name. {@code begin} itself when it is in no dateline or the name is.
   */
  int pastDateline(int begin, int headBegin) {
    int storyStart = storyStart(begin);
    if (storyStart < 0 || storyStart <= begin || storyStart > headBegin) {
      return begin;
    }
    while (storyStart < headBegin && Character.isWhitespace(text.charAt(storyStart))) {
      storyStart++;
    }
    return storyStart;
  }

  /** Where the story starts after a dateline opening {@code position}'s line, or -1. */
  private int storyStart(int position) {
    int lineStart = text.lastIndexOf('\n', position - 1) + 1;
    Optional<Dateline> dateline = Dateline.find(text.substring(lineStart,
        Math.min(text.length(), lineStart + DATELINE_LOOK)));
    return dateline.map(d -> lineStart + d.end()).orElse(-1);
  }

  /**
   * "BEIJING (AP) -- China warned …": the parser may give the verb two subjects, the dateline's
   * place and the story's own; the latter, when there is one after the dateline, else null.
   */
  private IndexedWord subjectBesideDateline(SemanticGraph tree, IndexedWord place,
      int storyStart) {
    IndexedWord verb = tree.getParent(place);
    if (verb == null) {
      return null;
    }
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      IndexedWord d = edge.getDependent();
      if (d != place && edge.getRelation().toString().startsWith("nsubj")
          && d.beginPosition() >= storyStart && !insideQuote(d.beginPosition())) {
        return d;
      }
    }
    return null;
  }

  /**
   * A verb the parser made a subject ("Speaking at a town hall, Trump went after Bush, calling
   * him …" gave "Speaking") names nobody; no speaker is better than a verb as one.
   */
  static boolean notANoun(IndexedWord word) {
    String tag = word.tag() == null ? "" : word.tag();
    return tag.startsWith("VB");
  }

  private boolean insideQuote(int position) {
    return QuoteFinder.inside(quotes, position);
  }

  private EntityCluster entityCovering(int position) {
    return EntityCluster.covering(entities, position);
  }
}
