// Line icons of the step kinds and model elements, 24x24 strokes drawn in the node's accent colour. Shared by the
// diagram views (inline SVG) and the palette (CSS masks built from the same paths).

export const ICONS: Record<string, string> = {
    'power-on': 'M12 3v9M7.5 6.3a7 7 0 1 0 9 0',
    'network-check': 'M3 9.5a13 13 0 0 1 18 0M6.5 13a8 8 0 0 1 11 0M10 16.5a3 3 0 0 1 4 0M12 20h.01',
    screen: 'M3 5h18v11H3zM8 20h8M12 16v4',
    'sign-in': 'M14 4h5v16h-5M10 8l4 4-4 4M14 12H3',
    mfa: 'M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6zM9 12l2 2 4-4',
    'provisioning-menu': 'M4 6h16M4 12h16M4 18h10',
    esp: 'M4 12a8 8 0 1 0 8-8M12 4v4M12 12l4-3',
    reboot: 'M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5',
    reseal: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4',
    'sign-on': 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
    desktop: 'M3 4h18v12H3zM3 12h18M9 20h6M12 16v4',
    custom: 'M9 3h6v4a2 2 0 1 0 4 0h2v6h-4a2 2 0 1 0 0 4h4v4H3V3h4a2 2 0 1 0 2 0z',
    unknown: 'M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5h.01M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
    profile: 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7',
    'device-group': 'M3 7h8v6H3zM13 11h8v6h-8zM5 17h4M15 21h4',
    'user-group': 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M16 5a3 3 0 0 1 0 6M18 14a6 6 0 0 1 3 6',
    device: 'M4 5h16v10H4zM2 19h20',
    user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
    app: 'M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z',
    certificate: 'M5 4h14v11H5zM9 15l-1 6 4-2 4 2-1-6M9 8h6',
    network: 'M12 20a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM12 16V9M5 9h14M5 9V5M19 9V5M12 9V5',
    task: 'M9 11l3 3 8-8M20 12v7H4V5h11',
    policy: 'M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z',
    transition: 'M4 12h14M14 7l5 5-5 5',
    hidden: 'M3 3l18 18M10.6 5.1A9.8 9.8 0 0 1 12 5c5 0 9 5 9 7a12 12 0 0 1-2.3 3.2M6.6 6.6C4.3 8 3 10.3 3 12c0 2 4 7 9 7 1.6 0 3-.4 4.3-1.1'
};

/** The colour family of an icon id, for the node's accent (CSS class accent-<family>). */
export function familyOf(kind: string): string {
    switch (kind) {
        case 'screen':
        case 'provisioning-menu':
            return 'blue';
        case 'network-check':
        case 'network':
            return 'teal';
        case 'sign-in':
        case 'mfa':
        case 'sign-on':
        case 'user':
        case 'user-group':
            return 'violet';
        case 'esp':
        case 'app':
        case 'certificate':
        case 'task':
        case 'policy':
            return 'amber';
        case 'desktop':
        case 'profile':
            return 'green';
        case 'unknown':
            return 'red';
        case 'device':
        case 'device-group':
            return 'sky';
        default:
            return 'slate';
    }
}

/** A CSS data URL of the icon, for masks in the palette. */
export function iconDataUrl(kind: string): string {
    const path = ICONS[kind] ?? ICONS.unknown;
    const svgText =
        `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="2" ` +
        `stroke-linecap="round" stroke-linejoin="round"><path d="${path}"/></svg>`;
    return `url("data:image/svg+xml;utf8,${encodeURIComponent(svgText)}")`;
}

/** Installs one CSS rule per icon, so `codicon-step-<kind>` and `codicon-<kind>` draw our icons in the palette. */
export function installIconStyles(): void {
    const rules: string[] = [];
    for (const kind of Object.keys(ICONS)) {
        const mask = iconDataUrl(kind);
        const selector = `.codicon.codicon-step-${kind}::before, .codicon.codicon-${kind}::before`;
        rules.push(
            `${selector} { content: ''; display: inline-block; width: 16px; height: 16px; background: currentColor; ` +
                `-webkit-mask: ${mask} center / contain no-repeat; mask: ${mask} center / contain no-repeat; }`
        );
    }
    const style = document.createElement('style');
    style.id = 'flowpilot-icons';
    style.textContent = rules.join('\n');
    document.head.appendChild(style);
}
