package io.newsfacts.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Naming and characterising, which the PolNeAR guidelines count as attribution: the source
 * states a view of someone or something by what it calls it ("O'Malley called Trump a
 * fascist", "the Post will brand you a liar", "Obama has described the dinner as Washington
 * celebrating itself"). The content is the object with its predicate ("Trump a fascist", "the
 * dinner as Washington celebrating itself"), as PolNeAR marks it. Only with an object and a
 * predicate: "a group called Politics and Pies" and "he was called a liar" name no source, and
 * "called a meeting" states no view.
 */
final class NamingCues {

  /**
   * The predicate follows the object directly: "called him a liar"; and judging, "the board
   * considered the offer too low", "deemed the risk acceptable", the same view in the same shape.
   */
  private static final Set<String> BARE = Set.of("call", "brand", "dub", "label", "consider",
      "deem");
  /**
   * The predicate comes with "as": "described the plan as a disaster"; and seeing as, "investors
   * see the merger as a sign of …", "regulators view the rules as a test" (the PolNeAR
   * guidelines' perception of a state of affairs, here one held as a view); and casting someone
   * in a role, "cast the deal as a betrayal", "painted him as weak", a portrayal in other words.
   */
  private static final Set<String> WITH_AS = Set.of("describe", "brand", "label",
      "characterize", "characterise", "portray", "depict", "hail", "see", "view", "regard",
      "cast", "paint");

  private NamingCues() {}

  /**
   * Worth a parse: a naming verb with a finite or "-ing" form ("called", "calls", "calling"; a
   * participle after a noun, "a group called X", names a thing), and for the "as" verbs an "as"
   * within the next eight words.
   */
  static boolean mayCue(List<CoreLabel> tokens, int i) {
    CoreLabel token = tokens.get(i);
    String lemma = token.lemma() == null ? "" : token.lemma().toLowerCase(Locale.ROOT);
    String tag = token.tag();
    if (tag == null || !tag.startsWith("VB") || !(BARE.contains(lemma) || WITH_AS.contains(lemma))) {
      return false;
    }
    if (tag.equals("VBN") && !(i > 0 && tokens.get(i - 1).lemma() != null
        && tokens.get(i - 1).lemma().equalsIgnoreCase("have"))) {
      return false;
    }
    if (BARE.contains(lemma)) {
      return i + 1 < tokens.size() && !"for".equalsIgnoreCase(tokens.get(i + 1).word());
    }
    for (int j = i + 1; j < Math.min(tokens.size(), i + 9); j++) {
      if ("as".equalsIgnoreCase(tokens.get(j).word())) {
        return true;
      }
    }
    return false;
  }

  /** A naming verb (the content decides whether it names anything here). */
  static boolean isCue(String lemma, String posTag) {
    if (lemma == null || posTag == null || !posTag.startsWith("VB")) {
      return false;
    }
    String l = lemma.toLowerCase(Locale.ROOT);
    return BARE.contains(l) || WITH_AS.contains(l);
  }

  /**
   * The char span from the object to the end of its predicate; null when the verb has no object
   * on its right, no predicate after it, or is passive.
   */
  static int[] content(SemanticGraph tree, IndexedWord verb) {
    String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
    IndexedWord object = null;
    IndexedWord predicate = null;
    IndexedWord nameOf = null;
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(verb)) {
      String relation = edge.getRelation().toString();
      IndexedWord dependent = edge.getDependent();
      if (relation.endsWith(":pass") || relation.equals("compound:prt")) {
        return null; // "was called a liar", "called off the strike"
      }
      if (dependent.index() < verb.index()) {
        continue;
      }
      if (relation.equals("iobj") && BARE.contains(lemma)) {
        nameOf = dependent; // the parser's reading of "called [him] [a liar]"
      } else if (relation.equals("obj") && object == null) {
        object = dependent;
      } else if (relation.equals("xcomp") && BARE.contains(lemma) && !hasMarker(tree, dependent)
          || (relation.equals("xcomp") || relation.startsWith("obl") || relation.equals("advcl"))
              && WITH_AS.contains(lemma) && hasAs(tree, dependent)) {
        predicate = predicate == null ? dependent : predicate;
      }
    }
    if (nameOf != null && object != null && nameOf.index() < object.index()) {
      predicate = object; // "called him a liar" as iobj(him) and obj(liar)
      object = nameOf;
    }
    if (object == null && predicate != null) {
      object = subjectInside(tree, predicate); // the small clause "[the mayor a coward]"
    }
    if (object != null && predicate == null && BARE.contains(lemma)) {
      predicate = nameInside(tree, object);
    }
    if (object == null || predicate == null || predicate.index() < object.index()) {
      return null;
    }
    return new int[] {Subtrees.span(tree, object)[0], nameEnd(tree, predicate)};
  }

  /**
   * The end of the name without a clause or a new name joined to it: "called him an opportunist,
   * and urged him to resign", "brand you a liar and NBC News will …" (the parser's conj). "a liar
   * and a cheat" keeps both names.
   */
  private static int nameEnd(SemanticGraph tree, IndexedWord predicate) {
    int end = Subtrees.span(tree, predicate)[1];
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(predicate)) {
      IndexedWord joined = edge.getDependent();
      String tag = joined.tag() == null ? "" : joined.tag();
      if (edge.getRelation().toString().startsWith("conj") && joined.index() > predicate.index()
          && (tag.startsWith("VB") || tag.startsWith("NNP"))) {
        int cut = Subtrees.span(tree, joined)[0];
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(joined)) {
          String r = e.getRelation().toString();
          if ((r.equals("cc") || r.equals("punct")) && e.getDependent().beginPosition() < cut) {
            cut = e.getDependent().beginPosition();
          }
        }
        IndexedWord before = tree.getNodeByIndexSafe(Subtrees.firstWord(tree, joined).index() - 1);
        while (before != null && before.beginPosition() >= Subtrees.span(tree, predicate)[0]
            && (before.tag() != null && (before.tag().equals("CC") || before.tag().equals(",")))) {
          cut = Math.min(cut, before.beginPosition());
          before = tree.getNodeByIndexSafe(before.index() - 1);
        }
        end = Math.min(end, cut);
      }
    }
    return end;
  }

  /**
   * The name the parser hung on the object: "called the plan a disaster" comes out as
   * obj(called, plan) and dep(plan, disaster).
   */
  private static IndexedWord nameInside(SemanticGraph tree, IndexedWord object) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(object)) {
      if (edge.getRelation().toString().equals("dep")
          && edge.getDependent().index() > object.index()) {
        return edge.getDependent();
      }
    }
    return null;
  }

  private static IndexedWord subjectInside(SemanticGraph tree, IndexedWord predicate) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(predicate)) {
      if (edge.getRelation().toString().equals("nsubj")
          && edge.getDependent().index() < predicate.index()) {
        return edge.getDependent();
      }
    }
    return null;
  }

  /** "called him to say …": an infinitive is no name. */
  private static boolean hasMarker(SemanticGraph tree, IndexedWord predicate) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(predicate)) {
      if (edge.getRelation().toString().equals("mark")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAs(SemanticGraph tree, IndexedWord predicate) {
    for (SemanticGraphEdge edge : tree.outgoingEdgeIterable(predicate)) {
      String relation = edge.getRelation().toString();
      if ((relation.equals("case") || relation.equals("mark"))
          && edge.getDependent().word().equalsIgnoreCase("as")) {
        return true;
      }
    }
    return false;
  }
}
