package dev.newsdesk.model;

/** The kinds of named entity of the brief contract. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  FACILITY,
  OTHER
}
