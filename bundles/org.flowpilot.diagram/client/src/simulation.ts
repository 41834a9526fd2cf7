// The simulation panel of a flow diagram in `flowpilot serve`, opened with Simulate in the header: choose the flow and
// a scenario, then Start, Step, Step back, Run and Restart a run that lives on the server (one per model, shared by
// its pages). The server draws
// where the run stands on the diagram (highlights) and answers the current step's screen, shown here in a sandboxed
// frame so that its styles and the page's never meet.

export interface SimulatedFlow {
    flowId: string;
    label: string;
    href: string;
}

interface ScenarioEntry {
    id: string;
    name: string;
    flowId?: string;
}

interface StepEntry {
    step: number;
    elementId: string;
    name: string;
    kind: string;
    status: string;
    screen?: string | null;
    reason?: string | null;
}

interface SimulationState {
    running: boolean;
    flowId?: string;
    scenarioId?: string;
    steps?: number;
    finished?: boolean;
    outcome?: string | null;
    clockMinutes?: number;
    diagnostic?: string | null;
    nextStep?: string | null;
    currentElementId?: string | null;
    current?: StepEntry;
    previewHtml?: string | null;
    previewMessage?: string | null;
}

/** The operations the panel's buttons send, as the server names them (`SimulationCommand`). */
type Command = 'start' | 'step' | 'step-back' | 'run' | 'restart' | 'stop';

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    created.className = className;
    if (text !== undefined) {
        created.textContent = text;
    }
    return created;
}

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
    const label = make('label', 'fp-sim-field');
    label.append(make('span', 'fp-sim-label', text), control);
    return label;
}

/**
 * Shows the panel beside the diagram of `flowId` in the model `modelKey`; `flows` are the model's flows (choosing
 * another opens its diagram), `reveal` scrolls the diagram to a step. Resolves when the panel has its first state.
 */
export async function installSimulationPanel(
    modelKey: string,
    flowId: string,
    flows: SimulatedFlow[],
    reveal: (elementId: string) => void,
    showProblem: (message: string) => void
): Promise<void> {
    const endpoint = (path: string, query: Record<string, string>): string =>
        `/api/simulation${path}?${new URLSearchParams({ model: modelKey, ...query }).toString()}`;
    const response = await fetch(endpoint('', {}), { credentials: 'same-origin' });
    if (!response.ok) {
        return;
    }
    const initial = (await response.json()) as { scenarios: ScenarioEntry[]; state: SimulationState };

    const panel = make('aside', 'fp-simulation');
    panel.id = 'fp-simulation';
    panel.setAttribute('aria-label', 'Simulation');
    panel.append(make('h2', 'fp-sim-title', 'Simulation'));

    const flowChoice = make('select', 'fp-sim-select');
    flowChoice.id = 'fp-sim-flow';
    for (const flow of flows) {
        const option = new Option(flow.label, flow.flowId, false, flow.flowId === flowId);
        flowChoice.add(option);
    }
    flowChoice.addEventListener('change', () => {
        const chosen = flows.find(flow => flow.flowId === flowChoice.value);
        if (chosen) {
            window.location.href = chosen.href;
        }
    });
    const scenarioChoice = make('select', 'fp-sim-select');
    scenarioChoice.id = 'fp-sim-scenario';
    for (const scenario of initial.scenarios) {
        scenarioChoice.add(new Option(scenario.name, scenario.id));
    }
    const ownRun = initial.state.running && initial.state.flowId === flowId;
    const preferred = ownRun
        ? initial.state.scenarioId
        : (initial.scenarios.find(s => s.flowId === flowId) ?? initial.scenarios[0])?.id;
    if (preferred) {
        scenarioChoice.value = preferred;
    }
    panel.append(labelled('Flow', flowChoice), labelled('Scenario', scenarioChoice));

    const controls = make('div', 'fp-sim-controls');
    controls.setAttribute('role', 'toolbar');
    controls.setAttribute('aria-label', 'Run');
    const button = (id: string, label: string, title: string, onClick: () => void): HTMLButtonElement => {
        const created = make('button', 'fp-tool', label);
        created.type = 'button';
        created.id = id;
        created.title = title;
        created.addEventListener('click', onClick);
        controls.appendChild(created);
        return created;
    };
    let state: SimulationState = initial.state;
    let busy = false;
    // Counts the answers drawn, so that tests and tools can wait for the next one.
    let answers = 0;
    const startButton = button('fp-sim-start', 'Start', 'Start the chosen scenario on this flow from the beginning', () =>
        send(sameRun() ? 'restart' : 'start')
    );
    const backButton = button('fp-sim-step-back', 'Step back', 'Undo the last step', () => send('step-back'));
    const stepButton = button('fp-sim-step', 'Step', 'Take the next step', () => send('step'));
    const runButton = button('fp-sim-run', 'Run', 'Run to the end', () => send('run'));
    const stopButton = button('fp-sim-stop', 'Stop', 'End the run and clear the diagram', () => send('stop'));
    startButton.classList.add('fp-primary');
    panel.append(controls);

    const status = make('div', 'fp-sim-status');
    status.id = 'fp-sim-status';
    status.setAttribute('role', 'status');
    const preview = make('iframe', 'fp-sim-preview');
    preview.id = 'fp-sim-preview';
    preview.title = 'Screen preview';
    // No scripts and an opaque origin: the preview is markup and styles only, and cannot reach this page.
    preview.setAttribute('sandbox', '');
    const message = make('p', 'fp-sim-message');
    message.id = 'fp-sim-message';
    panel.append(status, preview, message);
    document.querySelector('.fp-main')?.appendChild(panel);

    const toggle = make('button', 'fp-tool', 'Simulate');
    toggle.type = 'button';
    toggle.id = 'fp-simulate';
    toggle.title = 'Show or hide the simulation panel: run a scenario on this flow step by step';
    toggle.setAttribute('aria-controls', panel.id);
    const show = (shown: boolean): void => {
        panel.hidden = !shown;
        toggle.setAttribute('aria-pressed', String(shown));
        document.body.classList.toggle('simulating', shown);
        // The diagram's canvas measures itself on window resizes.
        window.dispatchEvent(new Event('resize'));
    };
    toggle.addEventListener('click', () => show(panel.hidden));
    document.querySelector('.fp-tools')?.prepend(toggle);
    // A run of this flow in progress (another page started it, or this one before a reload) is shown at once.
    show(ownRun);

    function sameRun(): boolean {
        return state.running && state.flowId === flowId && state.scenarioId === scenarioChoice.value;
    }

    async function send(command: Command): Promise<void> {
        if (busy) {
            return;
        }
        busy = true;
        render();
        try {
            const query: Record<string, string> = command === 'start' ? { flow: flowId, scenario: scenarioChoice.value } : {};
            const answer = await fetch(endpoint(`/${command}`, query), { method: 'POST', credentials: 'same-origin' });
            const body = (await answer.json()) as SimulationState & { error?: string };
            if (!answer.ok) {
                showProblem(body.error ?? `The simulation refused ${command} (${answer.status})`);
                return;
            }
            state = body;
            answers++;
            if (state.currentElementId) {
                reveal(state.currentElementId);
            }
        } catch (error) {
            showProblem(`The simulation could not ${command}: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
            busy = false;
            render();
        }
    }

    function render(): void {
        const own = state.running && state.flowId === flowId;
        const steps = own ? (state.steps ?? 0) : 0;
        startButton.textContent = sameRun() ? 'Restart' : 'Start';
        startButton.disabled = busy || !scenarioChoice.value;
        backButton.disabled = busy || !own || steps === 0;
        stepButton.disabled = busy || !own || state.finished === true;
        runButton.disabled = busy || !own || state.finished === true;
        stopButton.disabled = busy || !state.running;
        document.body.dataset.simulationSteps = String(steps);
        document.body.dataset.simulationAnswers = String(answers);
        document.body.dataset.simulationCurrent = own ? (state.currentElementId ?? '') : '';
        status.replaceChildren();
        if (!state.running) {
            status.textContent = 'Choose a scenario and press Start.';
        } else if (!own) {
            status.textContent = 'A run of another flow of this model is in progress: Start runs this one instead.';
        } else {
            const current = state.current;
            const heading = make('div', 'fp-sim-step', current ? `${current.step}. ${current.name}` : 'Before the first step');
            const facts = make('div', 'fp-sim-facts');
            const parts = [`${state.clockMinutes ?? 0} min`];
            if (current) {
                parts.unshift(current.status);
                status.dataset.status = current.status;
                status.dataset.screen = current.screen ?? '';
            } else {
                delete status.dataset.status;
                delete status.dataset.screen;
            }
            if (state.finished) {
                parts.push(`run ${state.outcome ?? 'ended'}`);
            } else if (state.nextStep) {
                parts.push(`next: ${state.nextStep}`);
            }
            facts.textContent = parts.join(' · ');
            status.append(heading, facts);
            if (state.finished && state.diagnostic) {
                status.append(make('div', 'fp-sim-diagnostic', state.diagnostic));
            }
        }
        const html = own ? state.previewHtml : undefined;
        preview.hidden = !html;
        if (html && preview.srcdoc !== html) {
            preview.srcdoc = html;
        }
        message.textContent = own ? (state.previewMessage ?? '') : '';
        message.hidden = !message.textContent;
    }

    scenarioChoice.addEventListener('change', render);
    render();
}
