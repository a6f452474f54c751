#include "jobpool.h"

namespace catalog {

JobPool::JobPool(int workers)
{
    m_pool.setMaxThreadCount(workers);
    m_pool.setExpiryTimeout(-1);
}

JobPool::~JobPool()
{
    waitForDone();
}

void JobPool::waitForDone()
{
    m_pool.clear();
    m_pool.waitForDone();
}

} // namespace catalog
