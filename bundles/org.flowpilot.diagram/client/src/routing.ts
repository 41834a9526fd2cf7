import { Bounds, checkEdgePlacement, edgeLayoutFeature, GConnectableElement, GLabel, IAnchorComputer, ManhattanEdgeRouter, Point, RoutedPoint, GRoutableElement } from '@eclipse-glsp/client';
import { injectable } from 'inversify';

// How far (in diagram units) an end of a server route may lie from its box's border and still count as on it.
const BORDER_TOLERANCE = 1.5;

/**
 * Draws the route the server computed for an edge (its routing points, from the source's border to the target's) as
 * it is: the server routes every edge around the boxes and places its label clear of them. While a node is dragged,
 * before the server has routed its edges again, the stored points no longer touch the boxes; then the edge is drawn
 * as a plain orthogonal line from box to box.
 */
@injectable()
export class ServerRouteEdgeRouter extends ManhattanEdgeRouter {
    static readonly ROUTE_KIND = 'fp-route';

    override get kind(): string {
        return ServerRouteEdgeRouter.ROUTE_KIND;
    }

    override route(edge: GRoutableElement): RoutedPoint[] {
        const points = edge.routingPoints;
        const source = edge.source;
        const target = edge.target;
        if (source && target && points.length >= 2
                && onBorder(points[0], source.bounds) && onBorder(points[points.length - 1], target.bounds)) {
            const last = points.length - 1;
            return points.map((point, index) => ({
                x: point.x,
                y: point.y,
                kind: index === 0 ? 'source' : index === last ? 'target' : 'linear'
            }));
        }
        const stored = edge.routingPoints;
        edge.routingPoints = [];
        try {
            return super.route(edge);
        } finally {
            edge.routingPoints = stored;
        }
    }

    // The anchors of the orthogonal line drawn while dragging: the Manhattan router's, registered under its kind.
    protected override getAnchorComputer(connectable: GConnectableElement): IAnchorComputer {
        return this.anchorRegistry.get(ManhattanEdgeRouter.KIND, connectable.anchorKind);
    }

    // Only the ends can be dragged (to reconnect): the course of the line is the server's, never edited by hand.
    override createRoutingHandles(edge: GRoutableElement): void {
        if (this.route(edge).length > 0) {
            this.addHandle(edge, 'source', 'routing-point', -2);
            this.addHandle(edge, 'target', 'routing-point', edge.routingPoints.length);
        }
    }
}

function onBorder(point: Point, bounds: Bounds): boolean {
    const withinX = point.x >= bounds.x - BORDER_TOLERANCE && point.x <= bounds.x + bounds.width + BORDER_TOLERANCE;
    const withinY = point.y >= bounds.y - BORDER_TOLERANCE && point.y <= bounds.y + bounds.height + BORDER_TOLERANCE;
    const onVertical = Math.abs(point.x - bounds.x) <= BORDER_TOLERANCE
        || Math.abs(point.x - bounds.x - bounds.width) <= BORDER_TOLERANCE;
    const onHorizontal = Math.abs(point.y - bounds.y) <= BORDER_TOLERANCE
        || Math.abs(point.y - bounds.y - bounds.height) <= BORDER_TOLERANCE;
    return withinX && withinY && (onVertical || onHorizontal);
}

/**
 * An edge label where the server placed it, clear of the boxes: laid out along its edge by the client (sprotty's
 * default, in the middle of the line) only when the server sends an edge placement instead of a position.
 */
export class ServerPlacedEdgeLabel extends GLabel {
    override hasFeature(feature: symbol): boolean {
        return feature === edgeLayoutFeature ? checkEdgePlacement(this) : super.hasFeature(feature);
    }
}
