package dev.newsdesk.model;

/** How much of a resolved date the text actually says. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR
}
