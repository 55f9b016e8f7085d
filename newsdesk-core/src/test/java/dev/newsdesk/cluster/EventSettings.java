package dev.newsdesk.cluster;

/** Cluster settings with other event-day and story-age values, for the tests of those rules. */
final class EventSettings {
  private EventSettings() {}

  static ClusterConfig with(
      ClusterConfig c, int leadSentences, double sharedDateBoost, int spanDays) {
    return new ClusterConfig(
        c.headlineThreshold(),
        c.headlineWords(),
        c.snippetThreshold(),
        c.articleThreshold(),
        c.snippetWords(),
        c.fullArticleWords(),
        c.memberWeight(),
        c.titleWeight(),
        c.nameWeight(),
        c.placeWeight(),
        c.lookupTerms(),
        c.maxPostings(),
        c.maxCandidates(),
        c.maxCentroidTerms(),
        c.dayScale(),
        c.quietDays(),
        leadSentences,
        sharedDateBoost,
        spanDays,
        c.denseWeight(),
        c.denseNeutral(),
        c.denseMaxWords());
  }
}
