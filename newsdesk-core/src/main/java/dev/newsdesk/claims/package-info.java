/**
 * Claims and their provenance within a story: the same statement across articles grouped into one
 * claim, its origin found (the source the articles cite, carried over to copies that cite none),
 * independent sources counted (outlets repeating one report are one source), and places where
 * articles disagree on a value.
 *
 * <p>What it may assume: the story's members with their analyses and copy links. What it
 * guarantees: every claim and discrepancy cites members of the story.
 */
package dev.newsdesk.claims;
