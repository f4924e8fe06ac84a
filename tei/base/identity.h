#pragma once
// Who is acting (author of claims, owner of layers), per the conventions:
// --user NAME, else $CRUX_USER, else git's user.name, else the login name.
#include <string>

namespace crux {

// explicit_user is the value of --user (empty when not given).
std::string acting_user(const std::string& explicit_user = {});

}  // namespace crux
