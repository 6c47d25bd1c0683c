// SPDX-License-Identifier: Apache-2.0
// Opening an attachment stored in a .ksd: what may be handed to the desktop, under which name.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ksd {

/// The decision on opening one stored attachment with the desktop's default application.
struct AttachmentOpening
{
    bool allowed = false;
    QString reason;     ///< why it is refused (translated), empty when allowed
    QString shownName;  ///< the stored name as it may be shown: controls and bidi marks escaped, capped
    QString typeName;   ///< what the file is by its stored MIME type, e.g. "PDF (application/pdf)"
    QString fileName;   ///< the name to write it under in a private folder: the stored base name, cleaned, with
                        ///< the extension of its MIME type (never one taken from the stored name)
};

/// Decides whether the attachment named @p fileName with the stored MIME type @p mimeType may be opened: only
/// document and image types this app knows, by the stored MIME type, are; a stored name or MIME type that is an
/// executable or script on any platform (exe, bat, cmd, com, scr, hta, js, vbs, ps1, msi, lnk, sh, desktop,
/// jar, AppImage, …) is refused even under a document type. Saving an attachment to a file stays possible
/// either way.
AttachmentOpening attachmentOpening(const QString &fileName, const QString &mimeType);

/// Translation context of the texts above.
class AttachmentText
{
    Q_DECLARE_TR_FUNCTIONS(ksd::AttachmentText)
};

} // namespace ksd
