package org.itagen.cli;

/** How a command prints what it found or lists: text for reading, json for scripts (check, templates vars). */
enum ListingFormat { text, json }
