#include "ctlinterrupt.h"

#include <csignal>

namespace catalog {

namespace {

volatile std::sig_atomic_t g_ctlInterrupted = 0;

extern "C" void onCtlInterrupt(int signalNumber)
{
    g_ctlInterrupted = 1;
    // The next one is not caught: an operator who presses Ctrl+C twice means it.
    std::signal(signalNumber, SIG_DFL);
}

} // namespace

CtlInterrupt::CtlInterrupt()
{
    g_ctlInterrupted = 0;
    std::signal(SIGINT, onCtlInterrupt);
    std::signal(SIGTERM, onCtlInterrupt);
}

CtlInterrupt::~CtlInterrupt()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

bool CtlInterrupt::requested()
{
    return g_ctlInterrupted != 0;
}

} // namespace catalog
