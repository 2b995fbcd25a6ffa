#pragma once

namespace s2s {

// What a transcript entry (and a live activity) is about: a farm command, a Graph request, a check,
// or a note. In core because both the backends' live activity and the session's transcript use it.
enum class TranscriptKind {
    Farm,
    Graph,
    Validation,
    Note
};

} // namespace s2s
