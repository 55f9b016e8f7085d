package dev.newsdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A deterministic stream of news items for the crash tests: reports on eight events, so stories
 * grow, and every sixth item a word-for-word copy of an earlier one from another outlet, so the
 * dedup state matters across restarts. Item {@code i} is always the same JSON.
 */
final class CrashStream {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[][] EVENTS = {
    {"ferry Maren Star", "ran aground off Tesmer Point", "the coastguard", "passengers"},
    {"Calder bridge", "was closed after cracks were found in a pier", "the county", "commuters"},
    {"Dunmore water plant", "failed a safety inspection", "the regulator", "households"},
    {"Elswick mine", "flooded during the night shift", "the mine operator", "workers"},
    {"Fenwick hospital", "opened a new cancer ward", "the health board", "patients"},
    {"Garrow airport", "cancelled flights after a radar fault", "the airport", "travellers"},
    {"Harlow steelworks", "announced it would cut jobs", "the company", "employees"},
    {"Istow council", "voted to raise parking fees", "the council leader", "drivers"}
  };
  private static final String[] OUTLETS = {
    "Harbour Times", "Valley Post", "County Wire", "Evening Star", "Coast Radio", "Daily Ledger"
  };

  private CrashStream() {}

  static ObjectNode item(int i) {
    int source = i % 6 == 5 ? i - 3 : i;
    String[] e = EVENTS[source % EVENTS.length];
    int n = 10 + (source * 37) % 400;
    String text =
        String.format(
            Locale.ROOT,
            "The %s %s on Monday, %s said in a statement. About %d %s were affected.\n\n"
                + "A spokesperson for %s said report %d would be published within %d weeks,"
                + " and that the %s had been warned before.",
            e[0],
            e[1],
            e[2],
            n,
            e[3],
            e[2],
            source,
            2 + source % 9,
            e[0]);
    ObjectNode item = JSON.createObjectNode();
    item.put("source", OUTLETS[i % OUTLETS.length]);
    item.put("title", "The " + e[0] + " " + e[1]);
    item.put("text", text);
    return item;
  }
}
