#pragma once

#include "core/storageerror.h"

#include <QString>

namespace catalog {

// The application's settings as a backup set carries them (`….settings.ini`): every key of the
// settings file except secrets (keys naming a password, secret, token, credential or API key are
// left out; a password inside a URL is cut out), so that a restored installation can be set up
// again as it was without the set leaking what only the keychain may hold.
//
// Static and blocking; reads the calling process's QSettings. Errors are StorageError (Internal
// when the file cannot be written).
class SettingsSnapshot
{
public:
    static StorageError write(const QString &path);
    // Whether a settings key names a secret (exposed for the tests).
    static bool isSecretKey(const QString &key);
};

} // namespace catalog
