import { Anchor, IActionDispatcher, IContextMenuService, MenuItem, TYPES } from '@eclipse-glsp/client';
import { inject, injectable } from 'inversify';

/**
 * The context menu of the standalone diagram page (GLSP leaves drawing it to the host): the server's items for the
 * selection, as an HTML list at the pointer, with keyboard support (arrows, Enter, Escape).
 */
// Items from the server carry plain booleans where the client's type says functions.
function flag(value: unknown, fallback: boolean): boolean {
    if (typeof value === 'function') {
        return Boolean(value());
    }
    return typeof value === 'boolean' ? value : fallback;
}

@injectable()
export class FlowpilotContextMenu implements IContextMenuService {
    @inject(TYPES.IActionDispatcher) protected actionDispatcher!: IActionDispatcher;

    protected menu?: HTMLElement;
    protected onHide?: () => void;

    show(items: MenuItem[], anchor: Anchor, onHide?: () => void): void {
        this.hide();
        this.onHide = onHide;
        const menu = document.createElement('div');
        menu.className = 'fp-context-menu';
        menu.setAttribute('role', 'menu');
        const entries = this.flatten(items.filter(item => flag(item.isVisible, true)));
        for (const item of entries) {
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'fp-context-menu-item';
            button.setAttribute('role', 'menuitem');
            button.dataset.id = item.id;
            button.textContent = item.label;
            const enabled = flag(item.isEnabled, true);
            button.disabled = !enabled;
            button.addEventListener('click', event => {
                event.stopPropagation();
                this.hide();
                this.actionDispatcher.dispatchAll(item.actions);
            });
            menu.appendChild(button);
        }
        if (entries.length === 0) {
            return;
        }
        menu.addEventListener('keydown', event => this.onKey(event, menu));
        document.body.appendChild(menu);
        const x = 'clientX' in anchor ? anchor.clientX : anchor.x;
        const y = 'clientY' in anchor ? anchor.clientY : anchor.y;
        const bounds = menu.getBoundingClientRect();
        menu.style.left = `${Math.min(x, window.innerWidth - bounds.width - 8)}px`;
        menu.style.top = `${Math.min(y, window.innerHeight - bounds.height - 8)}px`;
        this.menu = menu;
        (menu.querySelector('button:not([disabled])') as HTMLButtonElement | null)?.focus();
        setTimeout(() => document.addEventListener('mousedown', this.outsideClick, true));
    }

    protected flatten(items: MenuItem[]): MenuItem[] {
        const sorted = [...items].sort((a, b) => (a.sortString ?? a.label).localeCompare(b.sortString ?? b.label));
        return sorted.flatMap(item => (item.children && item.children.length > 0 ? this.flatten(item.children) : [item]));
    }

    protected outsideClick = (event: MouseEvent): void => {
        if (this.menu && !this.menu.contains(event.target as Node)) {
            this.hide();
        }
    };

    protected onKey(event: KeyboardEvent, menu: HTMLElement): void {
        const buttons = Array.from(menu.querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
        const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (event.key === 'Escape') {
            this.hide();
        } else if (event.key === 'ArrowDown') {
            buttons[(index + 1) % buttons.length]?.focus();
        } else if (event.key === 'ArrowUp') {
            buttons[(index - 1 + buttons.length) % buttons.length]?.focus();
        } else {
            return;
        }
        event.preventDefault();
    }

    hide(): void {
        document.removeEventListener('mousedown', this.outsideClick, true);
        if (this.menu) {
            this.menu.remove();
            this.menu = undefined;
            const onHide = this.onHide;
            this.onHide = undefined;
            onHide?.();
        }
    }
}
