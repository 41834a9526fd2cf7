package org.flowpilot.diagram;

/** The diagrams Flowpilot draws of a model, each with the GLSP diagram type its client and server agree on. */
public enum DiagramKind {
    /** One per flow: steps, decisions, guarded transitions, ESP phases holding their tracked items. */
    FLOW("flowpilot-flow"),
    /** One per model: profiles, ESP configurations, groups, devices and users, with assignments as edges. */
    ASSIGNMENT("flowpilot-assignment");

    private final String diagramType;

    DiagramKind(String diagramType) {
        this.diagramType = diagramType;
    }

    /** The GLSP diagram type, such as {@code flowpilot-flow}. */
    public String diagramType() {
        return diagramType;
    }

    /** The kind whose diagram type is {@code diagramType}; fails for any other. */
    public static DiagramKind ofDiagramType(String diagramType) {
        for (DiagramKind kind : values()) {
            if (kind.diagramType.equals(diagramType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown diagram type: " + diagramType);
    }
}
