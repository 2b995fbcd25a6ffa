#pragma once

#include <QString>

namespace s2s {

// Where one server stands in a per-server change (step 3 replaces the STS certificate server by
// server): what pages list and headless runs print as it happens.
struct ServerProgress {
    enum class Stage {
        Waiting,
        Importing,
        Imported,
        Resetting,
        Verified,
        Failed
    };
    QString server;
    Stage stage = Stage::Waiting;
    QString text; // what happened, for the admin
};

} // namespace s2s
