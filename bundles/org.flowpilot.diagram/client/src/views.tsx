/** @jsx svg */
import {
    GEdge,
    GEdgeView,
    GLabel,
    GNode,
    IView,
    Point,
    RenderingContext,
    ShapeView,
    svg
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { ICONS, familyOf } from './icons';

// Views of Flowpilot's diagram elements. The server sizes and places everything; these views only draw: a card per
// node with the icon of its kind, its name (an editable label) and a subtitle, ESP phases listing their tracked items.

type Args = Record<string, string | number | boolean | undefined>;

function argsOf(element: unknown): Args {
    return ((element as { args?: Args }).args ?? {}) as Args;
}

/** Text cut to fit `width` pixels at about `charWidth` pixels a character, with an ellipsis. */
export function fit(text: string, width: number, charWidth = 6.6): string {
    const max = Math.max(3, Math.floor(width / charWidth));
    return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

function icon(kind: string, x: number, y: number, size: number): VNode {
    const scale = size / 24;
    return (
        <g class-node-icon={true} transform={`translate(${x}, ${y}) scale(${scale})`}>
            <path d={ICONS[kind] ?? ICONS.unknown} />
        </g>
    );
}

function badge(text: string, x: number, y: number, cls: string): VNode {
    const width = text.length * 6 + 12;
    return (
        <g class-badge={true} class={{ [cls]: true }} transform={`translate(${x - width}, ${y})`}>
            <rect width={width} height={16} rx={8} ry={8} />
            <text x={width / 2} y={11.5}>
                {text}
            </text>
        </g>
    );
}

/** A step, profile, group, device or user: a card with an icon disc, the name and a subtitle. */
@injectable()
export class CardNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const args = argsOf(node);
        const kind = String(args.kind ?? 'unknown');
        const { width, height } = node.size;
        const subtitle = String(args.subtitle ?? '');
        const badges: VNode[] = [];
        let right = width - 8;
        if (args.start) {
            badges.push(badge('START', right, -8, 'badge-start'));
            right -= 52;
        }
        if (args.hidden) {
            badges.push(badge('HIDDEN', right, -8, 'badge-hidden'));
            right -= 58;
        }
        if (args.branches) {
            badges.push(badge(`${args.branches} WAYS`, right, -8, 'badge-decision'));
        }
        return (
            <g
                class-fp-node={true}
                class={{ [`accent-${familyOf(kind)}`]: true }}
                class-selected={node.selected}
                class-mouseover={node.hoverFeedback}
            >
                <rect class-fp-shadow={true} x={0} y={2} width={width} height={height} rx={12} ry={12} />
                <rect class-fp-body={true} x={0} y={0} width={width} height={height} rx={12} ry={12} />
                <rect class-fp-accent={true} x={0} y={0} width={5} height={height} rx={2.5} ry={2.5} />
                <circle class-fp-disc={true} cx={32} cy={Math.min(height / 2, 32)} r={17} />
                {icon(kind, 22, Math.min(height / 2, 32) - 10, 20)}
                <text class-fp-subtitle={true} x={58} y={46}>
                    {fit(subtitle, width - 68, 6.2)}
                </text>
                {context.renderChildren(node)}
                {badges}
            </g>
        );
    }
}

/** An ESP phase step: a card whose body lists the tracked items of that phase. */
@injectable()
export class EspPhaseView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(node, context)) {
            return undefined;
        }
        const args = argsOf(node);
        const { width, height } = node.size;
        return (
            <g class-fp-node={true} class-fp-container={true} class-accent-amber={true} class-selected={node.selected} class-mouseover={node.hoverFeedback}>
                <rect class-fp-shadow={true} x={0} y={2} width={width} height={height} rx={12} ry={12} />
                <rect class-fp-body={true} x={0} y={0} width={width} height={height} rx={12} ry={12} />
                <rect class-fp-accent={true} x={0} y={0} width={5} height={height} rx={2.5} ry={2.5} />
                <circle class-fp-disc={true} cx={32} cy={32} r={17} />
                {icon('esp', 22, 22, 20)}
                <text class-fp-subtitle={true} x={58} y={46}>
                    {fit(String(args.subtitle ?? ''), width - 68, 6.2)}
                </text>
                <line class-fp-divider={true} x1={12} y1={58} x2={width - 12} y2={58} />
                {context.renderChildren(node)}
                {args.start ? badge('START', width - 8, -8, 'badge-start') : undefined}
            </g>
        );
    }
}

/** A tracked item inside an ESP phase: icon, name, minutes, and its simulated outcome when it is not success. */
@injectable()
export class TrackedItemView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        const args = argsOf(node);
        const kind = String(args.itemKind ?? 'app');
        const { width, height } = node.size;
        const outcome = args.outcome ? String(args.outcome) : undefined;
        return (
            <g class-fp-item={true} class={{ [`accent-${familyOf(kind)}`]: true, 'item-failing': !!outcome }}>
                <rect class-fp-item-body={true} x={0} y={0} width={width} height={height} rx={7} ry={7} />
                {icon(kind, 8, 7, 16)}
                {context.renderChildren(node)}
                <text class-fp-minutes={true} x={width - 10} y={19}>
                    {outcome ? `${outcome} · ${args.minutes} min` : `${args.minutes} min`}
                </text>
            </g>
        );
    }
}

/** A name, left-aligned and cut to the space the server gave it; the in-place editor opens over it. */
@injectable()
export class NameLabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        const width = label.size.width > 0 ? label.size.width : 160;
        const compact = label.parent && (label.parent as GNode).type === 'node:tracked-item';
        return (
            <text class-fp-name={true} class-fp-item-name={!!compact} x={0} y={compact ? 12 : 15}>
                {fit(label.text, width, compact ? 6.6 : 8.1)}
            </text>
        );
    }
}

/** Words of `text` in at most `maxLines` lines of `width` pixels; the last line cut with an ellipsis. */
export function wrap(text: string, width: number, maxLines: number, charWidth = 6.6): string[] {
    const perLine = Math.max(4, Math.floor(width / charWidth));
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (candidate.length <= perLine || !line) {
            line = candidate;
        } else {
            lines.push(line);
            line = word;
        }
    }
    if (line) {
        lines.push(line);
    }
    if (lines.length > maxLines) {
        const kept = lines.slice(0, maxLines);
        kept[maxLines - 1] = fit(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, width, charWidth);
        return kept;
    }
    return lines.map(l => fit(l, width, charWidth));
}

/** An edge's label: a pill on the middle of the edge, one or two lines. */
@injectable()
export class EdgeLabelView implements IView {
    render(label: Readonly<GLabel>, _context: RenderingContext): VNode {
        const width = label.size.width > 0 ? label.size.width : label.text.length * 6.6 + 16;
        const height = label.size.height > 0 ? label.size.height : 20;
        const lines = wrap(label.text, width - 12, height > 24 ? 2 : 1);
        return (
            <g class-fp-edge-label={true}>
                <title>{label.text}</title>
                <rect x={0} y={0} width={width} height={height} rx={10} ry={10} />
                {lines.map((line, index) => (
                    <text x={width / 2} y={14 + index * 14}>
                        {line}
                    </text>
                ))}
            </g>
        );
    }
}

/** A transition or assignment: an orthogonal line with an arrowhead at its target. */
@injectable()
export class ArrowEdgeView extends GEdgeView {
    protected renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        const end = segments[segments.length - 1];
        const before = segments[segments.length - 2];
        if (!end || !before) {
            return additionals;
        }
        const angle = (Math.atan2(end.y - before.y, end.x - before.x) * 180) / Math.PI;
        additionals.push(
            <path class-fp-arrow={true} d="M 0,0 L -10,-5 L -10,5 Z" transform={`translate(${end.x}, ${end.y}) rotate(${angle})`} />
        );
        return additionals;
    }
}
