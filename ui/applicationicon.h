#pragma once

#include <QIcon>

namespace catalog {

// The icon of resources/catalog-admin.svg, drawn in code: Debian's Qt has no SVG image plugin by
// default. 16 to 128 pixels; needs a QGuiApplication.
QIcon applicationIcon();

} // namespace catalog
