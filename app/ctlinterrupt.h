#pragma once

namespace catalog {

// Ctrl+C (SIGINT) or SIGTERM during a long catalogctl job (purge, check): while an instance lives
// the first signal only sets a flag the job polls between batches, so it stops with its committed
// batches kept and its journal row closed as cancelled; a second signal ends the process as usual.
// Main thread only; at most one instance at a time. Reports no errors (signal() cannot fail here).
class CtlInterrupt
{
public:
    CtlInterrupt();
    ~CtlInterrupt();
    CtlInterrupt(const CtlInterrupt &) = delete;
    CtlInterrupt &operator=(const CtlInterrupt &) = delete;

    static bool requested();
};

} // namespace catalog
