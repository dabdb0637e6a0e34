#pragma once
// "Test connection": the health endpoint (no auth), then an authenticated call, with a clear
// message for each way it can fail (unknown host, TLS, timeout, refused, not a Langfuse server,
// wrong keys, missing rights). Blocking; any thread with no other use of the connection
// (the UI runs it on a worker).

#include <atomic>

#include <QString>

#include "remote/synctypes.h"

namespace spanscope::remote {

struct ConnectionCheck {
    enum class Problem { None, InvalidHost, HostNotFound, Tls, Timeout, Unreachable, NotLangfuse, Unauthorized,
                         Forbidden, ServerError };
    Problem problem = Problem::None;
    bool ok() const { return problem == Problem::None; }
    QString message;       // one sentence for the user (translated)
    QString serverVersion; // from /api/public/health
    QString projectId, projectName;
};

ConnectionCheck testConnection(const Connection &connection, int timeoutMs = 15000,
                               const std::atomic<bool> *cancel = nullptr);

} // namespace spanscope::remote
