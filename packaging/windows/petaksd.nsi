; SPDX-License-Identifier: Apache-2.0
; PetaKSD per-user installer for Windows 10/11 (NSIS 3, Unicode). NOT YET RUN: see docs/windows.md.
;
; Build from a staged folder made by `cmake --install` + windeployqt --no-compiler-runtime + the VC runtime DLLs
; copied next to petaksd.exe (local deployment: vc_redist.x64.exe would need administrator rights). The CI workflow
; does all three:
;   makensis /DVERSION=0.1.0 /DSTAGE=..\..\stage packaging\windows\petaksd.nsi
; Installs for the current user only, without administrator rights, and registers .ksd files under
; HKCU\Software\Classes. Uninstalling removes the program, its shortcuts and its registry keys, never a project
; file, the settings (HKCU\Software\PetaKSD) or the recovery folder.

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z (the CMake project version)"
!endif
!ifndef STAGE
  !error "Pass the staged install folder: makensis /DSTAGE=path"
!endif

!define APP "PetaKSD"
!define PROGID "PetaKSD.Project"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Unicode True
Name "${APP} ${VERSION}"
OutFile "petaksd-${VERSION}-setup.exe"
RequestExecutionLevel user
InstallDir ""
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
SetCompressor /SOLID lzma

!include LogicLib.nsh
!include WinCore.nsh
!include MUI2.nsh

!define MUI_ICON "${STAGE}\bin\petaksd.ico"
!define MUI_UNICON "${STAGE}\bin\petaksd.ico"

!insertmacro MUI_PAGE_LICENSE "${STAGE}\share\doc\petaksd\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
  ${If} $INSTDIR == ""
    ; the per-user program folder (Windows 7 and later), else %LOCALAPPDATA%\Programs
    GetKnownFolderPath $INSTDIR ${FOLDERID_UserProgramFiles}
    ${If} $INSTDIR == ""
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs"
    ${EndIf}
    StrCpy $INSTDIR "$INSTDIR\${APP}"
  ${EndIf}
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "PetaKSD (wajib)" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Apps & features
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "PetaKSD"
  WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" '"$INSTDIR\bin\petaksd.exe",0'
  WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1

  ; .ksd files for this user only
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Proyek PetaKSD"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\bin\petaksd.exe",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\bin\petaksd.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.ksd" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.ksd" "Content Type" "application/x-petaksd-project"
  WriteRegStr HKCU "Software\Classes\.ksd\OpenWithProgids" "${PROGID}" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)' ; SHCNE_ASSOCCHANGED

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortCut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\bin\petaksd.exe"
SectionEnd

Section /o "Pintasan di desktop" SecDesktop
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\bin\petaksd.exe"
SectionEnd

Section "Uninstall"
  Delete "$DESKTOP\${APP}.lnk"
  RMDir /r "$SMPROGRAMS\${APP}"

  ; only our own association: leave .ksd alone if another program has taken it over since
  ReadRegStr $0 HKCU "Software\Classes\.ksd" ""
  ${If} $0 == "${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.ksd" ""
    DeleteRegValue HKCU "Software\Classes\.ksd" "Content Type"
  ${EndIf}
  DeleteRegValue HKCU "Software\Classes\.ksd\OpenWithProgids" "${PROGID}"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ksd\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ksd"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  DeleteRegKey HKCU "${UNINSTKEY}"
  ; the program folder only; projects, settings and the recovery folder are the user's
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\share"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
