package org.flowpilot.cli;

/** The output of a report command: text for people, JSON for pipelines, Markdown for pull-request comments. */
enum ReportFormat {
    text, json, markdown
}
