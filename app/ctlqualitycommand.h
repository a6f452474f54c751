#pragma once

namespace catalog {

class CtlContext;

// catalogctl quality: how many active products have each data-quality problem, with up to five
// example source_ids per kind. --json prints exactly
// {"products": N, "kinds": [{"kind": "...", "count": n, "examples": [source_id, ...]}]};
// text mode a table. Stale means not written for the setting quality/stale_sync_days.
int runQuality(CtlContext &context);

} // namespace catalog
