#include "model/provider.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace spanscope {

namespace {

struct Family {
    std::string_view prefix;
    std::string_view provider;
};

// Checked in order against the lower-cased name (after any known "provider/" prefix).
constexpr Family kFamilies[] = {
    { "gpt-", "openai" },          { "chatgpt", "openai" },       { "o1", "openai" },
    { "o3", "openai" },            { "o4", "openai" },            { "text-embedding-", "openai" },
    { "text-davinci", "openai" },  { "text-curie", "openai" },    { "text-babbage", "openai" },
    { "text-ada", "openai" },      { "davinci", "openai" },       { "babbage", "openai" },
    { "ft:gpt-", "openai" },       { "ft:davinci", "openai" },    { "ft:babbage", "openai" },
    { "whisper", "openai" },       { "tts-", "openai" },          { "dall-e", "openai" },
    { "omni-moderation", "openai" }, { "text-moderation", "openai" }, { "codex", "openai" },
    { "claude", "anthropic" },
    { "gemini", "google" },        { "gemma", "google" },         { "text-bison", "google" },
    { "chat-bison", "google" },    { "code-bison", "google" },    { "codechat-bison", "google" },
    { "code-gecko", "google" },    { "textembedding-gecko", "google" }, { "text-unicorn", "google" },
    { "mistral", "mistral" },      { "mixtral", "mistral" },      { "codestral", "mistral" },
    { "pixtral", "mistral" },      { "ministral", "mistral" },    { "magistral", "mistral" },
    { "open-mistral", "mistral" }, { "open-mixtral", "mistral" },
    { "command", "cohere" },       { "embed-english", "cohere" }, { "embed-multilingual", "cohere" },
    { "rerank-", "cohere" },
    { "llama", "meta" },           { "meta-llama", "meta" },
    { "deepseek", "deepseek" },    { "grok", "xai" },             { "qwen", "alibaba" },
    { "titan", "amazon" },         { "nova-", "amazon" },
};

// Prefixes that name the provider themselves: "openai/gpt-4o", "anthropic.claude-3-haiku…".
constexpr std::string_view kNamedPrefixes[] = {
    "openai", "anthropic", "google", "mistral", "mistralai", "cohere", "meta", "meta-llama", "deepseek",
    "xai", "amazon", "azure", "bedrock", "vertex_ai", "vertexai", "groq", "together", "fireworks",
};

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

} // namespace

std::string_view inferProvider(std::string_view model)
{
    if (model.empty())
        return {};
    std::string lower(model.substr(0, 64));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    // "provider/model" or Bedrock's "provider.model-…": the prefix is the answer when we know it.
    const size_t cut = lower.find_first_of("/.");
    if (cut != std::string::npos && cut > 0) {
        const std::string_view head(lower.data(), cut);
        for (std::string_view p : kNamedPrefixes)
            if (head == p)
                return p;
        if (lower[cut] == '/') // some other router prefix ("models/gemini-…", "accounts/…"): look past it
            return inferProvider(model.substr(model.rfind('/') + 1));
    }
    for (const Family &f : kFamilies)
        if (startsWith(lower, f.prefix))
            return f.provider;
    return {};
}

std::string_view effectiveProvider(std::string_view provided, std::string_view model)
{
    return provided.empty() ? inferProvider(model) : provided;
}

} // namespace spanscope
