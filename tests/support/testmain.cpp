#include "testmain.h"

#include "db/connectionmanager.h"

#include <cstdio>

namespace catalog::testsupport {

int checkShutdown(int status)
{
    const int open = ConnectionManager::liveConnections();
    if (open == 0)
        return status;
    std::fprintf(stderr,
        "FAIL!  : %d database connection(s) still open after the test application ended: a thread "
        "pool or thread that used a ConnectionManager was not shut down before the process exit\n",
        open);
    return status != 0 ? status : 1;
}

} // namespace catalog::testsupport
