package dev.sci4j.score;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sci4j.grid.FactorTable;
import dev.sci4j.grid.GridFactor;

/** The provenance of a factor-table intensity, as every score and lookup discloses it. */
public final class GridProvenance {
    private GridProvenance() {}

    public static ObjectNode toJson(GridFactor f, FactorTable table) {
        ObjectNode n = Json.object();
        n.put("kind", "factor-table");
        n.put("region", f.region());
        n.put("year", f.year());
        n.put("type", f.type().id());
        n.put("sourceId", f.sourceId());
        n.put("publisher", f.publisher());
        n.put("source", f.sourceTitle());
        if (f.url() != null) {
            n.put("url", f.url());
        }
        n.put("method", f.method());
        if (f.announced() == null) {
            n.putNull("announced");
        } else {
            n.put("announced", f.announced().toString());
        }
        n.put("verified", f.verified());
        if (f.note() != null) {
            n.put("note", f.note());
        }
        n.put("tableVersion", table.version());
        return n;
    }

    public static String describe(GridFactor f) {
        return f.type().id() + "; " + f.publisher() + ", " + f.region() + " " + f.year()
                + (f.verified() ? ", verified" : ", NOT verified against the publisher");
    }
}
