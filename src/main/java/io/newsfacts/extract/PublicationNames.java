package io.newsfacts.extract;

import java.util.Set;

/**
 * The words English-language newspapers and magazines end their nameplates with, by which news
 * calls them after naming them in full once ("the Post", "the Times", "the Globe"). A closed
 * class of the trade: a word that also ends common names of other kinds ("News" of "Fox News",
 * "House" of "White House") is not one of them.
 */
final class PublicationNames {

  private static final Set<String> NAMEPLATE_WORDS = Set.of("Post", "Times", "Journal", "Globe",
      "Tribune", "Herald", "Telegraph", "Guardian", "Observer", "Independent", "Mail", "Express",
      "Mirror", "Star", "Sun", "Standard", "Chronicle", "Examiner", "Gazette", "Inquirer",
      "Enquirer", "Courier", "Courant", "Dispatch", "Register", "Sentinel", "Bulletin", "Record",
      "Ledger", "Bee", "Statesman", "Advertiser", "Argus", "Economist", "Monitor", "Review",
      "Beacon", "Citizen", "Scotsman", "Times-Picayune", "Post-Gazette",
      "Star-Tribune", "Star-Ledger");

  private PublicationNames() {}

  /** Whether {@code word} ends a newspaper's or magazine's name ("Post", "Times"). */
  static boolean isNameplateWord(String word) {
    return NAMEPLATE_WORDS.contains(word);
  }
}
