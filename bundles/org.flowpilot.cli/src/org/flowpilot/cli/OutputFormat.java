package org.flowpilot.cli;

/** The output of a command: text for people, JSON for pipelines. */
enum OutputFormat {
    text, json
}
