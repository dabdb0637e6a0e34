#pragma once
// A small blocking HTTP/1.1 server on 127.0.0.1 for the fake Langfuse server: the subset of the
// cpp-httplib server API it uses (Get routes with regex paths, query parameters, headers,
// keep-alive), header-only. Debian's cpp-httplib ships its implementation as a shared library
// that test executables do not link, so the tests carry this instead. One accept thread plus
// one thread per connection; handlers must be thread-safe.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <time.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <regex>
#include <string>
#include <thread>
#include <vector>

namespace spanscope::test::http {

struct Request {
    std::string method, path;
    std::multimap<std::string, std::string> params;
    std::multimap<std::string, std::string> headers;
    std::smatch matches;
    std::string matchedPath; // keeps `matches` valid

    bool has_param(const std::string &k) const { return params.count(k) > 0; }
    size_t get_param_value_count(const std::string &k) const { return params.count(k); }
    std::string get_param_value(const std::string &k, size_t i = 0) const
    {
        auto range = params.equal_range(k);
        for (auto it = range.first; it != range.second; ++it, --i)
            if (i == 0)
                return it->second;
        return {};
    }
    std::string get_header_value(const std::string &k) const
    {
        for (const auto &[name, value] : headers)
            if (strcasecmp(name.c_str(), k.c_str()) == 0)
                return value;
        return {};
    }
};

struct Response {
    int status = 200;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    void set_content(const std::string &b, const std::string &type)
    {
        body = b;
        set_header("Content-Type", type);
    }
    void set_header(const std::string &k, const std::string &v) { headers.emplace_back(k, v); }
};

using Handler = std::function<void(const Request &, Response &)>;

inline std::string urlDecode(const std::string &s, bool plusIsSpace)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && isxdigit(uint8_t(s[i + 1])) && isxdigit(uint8_t(s[i + 2]))) {
            out += char(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else if (s[i] == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

class Server {
public:
    ~Server() { stop(); }
    void Get(const std::string &pattern, Handler h) { m_routes.push_back({std::regex(pattern), std::move(h)}); }

    // Binds to a free port on host; returns the port or -1.
    int bind_to_any_port(const std::string &host)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (m_fd < 0)
            return -1;
        int yes = 1;
        setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = 0;
        inet_pton(AF_INET, host.c_str(), &addr.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) < 0 || ::listen(m_fd, 64) < 0)
            return -1;
        socklen_t len = sizeof addr;
        getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len);
        return ntohs(addr.sin_port);
    }

    void listen_after_bind()
    {
        m_running = true;
        while (!m_stop) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 50) <= 0)
                continue;
            const int c = ::accept(m_fd, nullptr, nullptr);
            if (c < 0)
                continue;
            std::lock_guard<std::mutex> l(m_threadsMutex);
            m_threads.emplace_back([this, c] { serve(c); });
        }
        m_running = false;
    }
    bool is_running() const { return m_running; }
    // CPU time the server's threads spent answering requests (routing, handlers, sending).
    int64_t cpuNs() const { return m_cpuNs.load(); }

    void stop()
    {
        m_stop = true;
        std::vector<std::thread> threads;
        {
            std::lock_guard<std::mutex> l(m_threadsMutex);
            threads.swap(m_threads);
        }
        for (std::thread &t : threads)
            if (t.joinable())
                t.join();
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

private:
    struct Route {
        std::regex re;
        Handler handler;
    };

    // Reads until the end of the headers; false on EOF, error or stop.
    bool readHead(int c, std::string &buf, size_t &headEnd)
    {
        for (;;) {
            headEnd = buf.find("\r\n\r\n");
            if (headEnd != std::string::npos)
                return true;
            pollfd p{c, POLLIN, 0};
            const int r = ::poll(&p, 1, 50);
            if (m_stop)
                return false;
            if (r <= 0)
                continue;
            char tmp[8192];
            const ssize_t n = ::recv(c, tmp, sizeof tmp, 0);
            if (n <= 0)
                return false;
            buf.append(tmp, size_t(n));
        }
    }

    static const char *reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 401: return "Unauthorized";
        case 403: return "Forbidden";
        case 404: return "Not Found";
        case 429: return "Too Many Requests";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    void serve(int c)
    {
        std::string buf;
        for (;;) {
            size_t headEnd = 0;
            if (!readHead(c, buf, headEnd))
                break;
            Request req;
            const std::string head = buf.substr(0, headEnd);
            buf.erase(0, headEnd + 4);
            size_t lineEnd = head.find("\r\n");
            const std::string first = head.substr(0, lineEnd);
            const size_t sp1 = first.find(' '), sp2 = first.rfind(' ');
            req.method = first.substr(0, sp1);
            const std::string target = first.substr(sp1 + 1, sp2 - sp1 - 1);
            const size_t q = target.find('?');
            req.path = urlDecode(target.substr(0, q), false);
            if (q != std::string::npos) {
                const std::string query = target.substr(q + 1);
                size_t start = 0;
                while (start <= query.size()) {
                    size_t amp = query.find('&', start);
                    if (amp == std::string::npos)
                        amp = query.size();
                    const std::string pair = query.substr(start, amp - start);
                    const size_t eq = pair.find('=');
                    if (!pair.empty())
                        req.params.emplace(urlDecode(pair.substr(0, eq), true),
                                           eq == std::string::npos ? std::string() : urlDecode(pair.substr(eq + 1), true));
                    start = amp + 1;
                }
            }
            size_t pos = lineEnd == std::string::npos ? head.size() : lineEnd + 2;
            while (pos < head.size()) {
                size_t e = head.find("\r\n", pos);
                if (e == std::string::npos)
                    e = head.size();
                const std::string line = head.substr(pos, e - pos);
                const size_t colon = line.find(':');
                if (colon != std::string::npos) {
                    std::string v = line.substr(colon + 1);
                    v.erase(0, v.find_first_not_of(' '));
                    req.headers.emplace(line.substr(0, colon), v);
                }
                pos = e + 2;
            }
            const std::string len = req.get_header_value("Content-Length");
            size_t bodyLen = len.empty() ? 0 : size_t(std::stoul(len));
            while (buf.size() < bodyLen) {
                char tmp[8192];
                const ssize_t n = ::recv(c, tmp, sizeof tmp, 0);
                if (n <= 0)
                    break;
                buf.append(tmp, size_t(n));
            }
            buf.erase(0, std::min(bodyLen, buf.size()));

            const int64_t cpuStart = threadCpuNs();
            Response res;
            bool routed = false;
            req.matchedPath = req.path;
            for (const Route &r : m_routes) {
                if (req.method == "GET" && std::regex_match(req.matchedPath, req.matches, r.re)) {
                    r.handler(req, res);
                    routed = true;
                    break;
                }
            }
            if (!routed) {
                res.status = 404;
                res.set_content(R"({"message":"Not Found"})", "application/json");
            }
            std::string out = "HTTP/1.1 " + std::to_string(res.status) + " " + reason(res.status) + "\r\n";
            for (const auto &[k, v] : res.headers)
                out += k + ": " + v + "\r\n";
            out += "Content-Length: " + std::to_string(res.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
            out += res.body;
            size_t sent = 0;
            while (sent < out.size()) {
                const ssize_t n = ::send(c, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
                if (n <= 0)
                    break;
                sent += size_t(n);
            }
            m_cpuNs += threadCpuNs() - cpuStart;
            if (sent < out.size() || strcasecmp(req.get_header_value("Connection").c_str(), "close") == 0)
                break;
        }
        ::close(c);
    }

    static int64_t threadCpuNs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    std::vector<Route> m_routes;
    std::atomic<int64_t> m_cpuNs{0};
    int m_fd = -1;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_running{false};
    std::mutex m_threadsMutex;
    std::vector<std::thread> m_threads;
};

} // namespace spanscope::test::http
