; Indonesian texts of Etalase's setup (Inno Setup 6), read over the English defaults:
;   MessagesFile: "compiler:Default.isl,etalase-id.isl"   (installer/etalase.iss)
; Inno Setup ships no Indonesian of its own. This file translates what the center's staff see
; when they install, update or remove Etalase; rarer messages (disk errors, restarts) stay in
; English. Names are Inno Setup's own message names; %1, [name] and the like are kept.

[LangOptions]
LanguageName=Bahasa Indonesia
LanguageID=$0421
LanguageCodePage=0

[Messages]
SetupAppTitle=Instalasi
SetupWindowTitle=Instalasi - %1
UninstallAppTitle=Hapus Program
UninstallAppFullTitle=Hapus %1
InformationTitle=Informasi
ConfirmTitle=Konfirmasi
ErrorTitle=Kesalahan
SetupAlreadyRunning=Instalasi sedang berjalan.
SetupAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
UninstallAppRunningError=%1 sedang berjalan.%n%nTutup semua jendelanya, lalu klik OK untuk melanjutkan, atau Batal untuk keluar.
PrivilegesRequiredOverrideInstruction=Pilih cara instalasi
PrivilegesRequiredOverrideTaskDialogText1=%1 dapat dipasang untuk semua pengguna (perlu hak administrator), atau hanya untuk Anda.
PrivilegesRequiredOverrideTaskDialogText2=%1 dapat dipasang hanya untuk Anda, atau untuk semua pengguna (perlu hak administrator).
PrivilegesRequiredOverrideAllUsers=Pasang untuk semua pengguna
PrivilegesRequiredOverrideCurrentUser=Pasang hanya untuk saya
PrivilegesRequiredOverrideRecommended=%1 (disarankan)
ExitSetupTitle=Keluar dari Instalasi
ExitSetupMessage=Instalasi belum selesai. Jika keluar sekarang, program tidak akan terpasang.%n%nAnda dapat menjalankan instalasi lagi lain kali.%n%nKeluar dari instalasi?
ButtonBack=< &Kembali
ButtonNext=&Lanjut >
ButtonInstall=&Pasang
ButtonOK=OK
ButtonCancel=Batal
ButtonYes=&Ya
ButtonYesToAll=Ya untuk &Semua
ButtonNo=&Tidak
ButtonNoToAll=T&idak untuk Semua
ButtonFinish=&Selesai
ButtonBrowse=&Telusuri...
ButtonWizardBrowse=T&elusuri...
ButtonNewFolder=&Buat Folder Baru
SelectLanguageTitle=Pilih Bahasa Instalasi
SelectLanguageLabel=Pilih bahasa yang dipakai selama instalasi:
ClickNext=Klik Lanjut untuk meneruskan, atau Batal untuk keluar.
BrowseDialogTitle=Pilih Folder
BrowseDialogLabel=Pilih folder di daftar berikut, lalu klik OK.
NewFolderName=Folder Baru
WelcomeLabel1=Selamat datang di Instalasi [name]
WelcomeLabel2=Program ini akan memasang [name/ver] di komputer Anda.%n%nSebaiknya tutup program lain sebelum melanjutkan.
WizardSelectDir=Pilih Lokasi Tujuan
SelectDirDesc=Di mana [name] akan dipasang?
SelectDirLabel3=[name] akan dipasang di folder berikut.
SelectDirBrowseLabel=Klik Lanjut untuk meneruskan. Untuk memilih folder lain, klik Telusuri.
DiskSpaceMBLabel=Diperlukan ruang kosong paling sedikit [mb] MB.
InvalidPath=Tulis jalur lengkap dengan huruf drive, misalnya:%n%nC:\APP
InvalidDrive=Drive yang dipilih tidak ada atau tidak dapat dibuka. Pilih yang lain.
DiskSpaceWarningTitle=Ruang Disk Tidak Cukup
DiskSpaceWarning=Instalasi memerlukan paling sedikit %1 KB ruang kosong, tetapi drive ini hanya punya %2 KB.%n%nTetap lanjutkan?
DirNameTooLong=Nama folder atau jalurnya terlalu panjang.
InvalidDirName=Nama folder tidak sah.
DirExistsTitle=Folder Sudah Ada
DirExists=Folder:%n%n%1%n%nsudah ada. Tetap pasang di folder itu?
DirDoesntExistTitle=Folder Belum Ada
DirDoesntExist=Folder:%n%n%1%n%nbelum ada. Buat folder ini?
WizardSelectTasks=Pilih Tugas Tambahan
SelectTasksDesc=Tugas tambahan apa yang perlu dijalankan?
SelectTasksLabel2=Pilih tugas tambahan yang dijalankan saat memasang [name], lalu klik Lanjut.
WizardReady=Siap Memasang
ReadyLabel1=Instalasi siap memasang [name] di komputer Anda.
ReadyLabel2a=Klik Pasang untuk mulai, atau klik Kembali untuk memeriksa atau mengubah pilihan.
ReadyLabel2b=Klik Pasang untuk mulai.
ReadyMemoDir=Lokasi tujuan:
ReadyMemoTasks=Tugas tambahan:
WizardPreparing=Bersiap Memasang
PreparingDesc=Instalasi sedang bersiap memasang [name] di komputer Anda.
CannotContinue=Instalasi tidak dapat dilanjutkan. Klik Batal untuk keluar.
ApplicationsFound=Program berikut sedang memakai berkas yang perlu diperbarui. Sebaiknya biarkan instalasi menutup program ini secara otomatis.
ApplicationsFound2=Program berikut sedang memakai berkas yang perlu diperbarui. Sebaiknya biarkan instalasi menutup program ini secara otomatis. Setelah selesai, instalasi akan mencoba membukanya lagi.
CloseApplications=&Tutup program secara otomatis
DontCloseApplications=&Jangan tutup program
ErrorCloseApplications=Instalasi tidak dapat menutup semua program secara otomatis. Sebaiknya tutup sendiri program yang memakai berkas yang perlu diperbarui sebelum melanjutkan.
WizardInstalling=Memasang
InstallingLabel=Tunggu sebentar, [name] sedang dipasang di komputer Anda.
FinishedHeadingLabel=Instalasi [name] Selesai
FinishedLabelNoIcons=[name] sudah terpasang di komputer Anda.
FinishedLabel=[name] sudah terpasang di komputer Anda. Program dapat dibuka lewat pintasan yang sudah dibuat.
ClickFinish=Klik Selesai untuk keluar.
RunEntryExec=Buka %1
SetupAborted=Instalasi belum selesai.%n%nPerbaiki masalahnya, lalu jalankan instalasi lagi.
StatusClosingApplications=Menutup program...
StatusCreateDirs=Membuat folder...
StatusExtractFiles=Menyalin berkas...
StatusCreateIcons=Membuat pintasan...
StatusCreateRegistryEntries=Menulis registri...
StatusSavingUninstall=Menyimpan data untuk penghapusan...
StatusRunProgram=Menyelesaikan instalasi...
StatusRollback=Membatalkan perubahan...
ErrorCopying=Terjadi kesalahan saat menyalin berkas:
ErrorReplacingExistingFile=Terjadi kesalahan saat mengganti berkas lama:
UninstallDisplayNameMarkAllUsers=Semua pengguna
UninstallDisplayNameMarkCurrentUser=Pengguna ini
ConfirmUninstall=Yakin ingin menghapus %1? Data etalase (basis data, foto, cadangan) tetap disimpan.
UninstallStatusLabel=Tunggu sebentar, %1 sedang dihapus dari komputer Anda.
UninstalledAll=%1 sudah dihapus dari komputer Anda.
UninstalledMost=Penghapusan %1 selesai.%n%nBeberapa bagian tidak dapat dihapus; bagian itu dapat dihapus sendiri.
WizardUninstalling=Status Penghapusan
StatusUninstalling=Menghapus %1...
ShutdownBlockReasonInstallingApp=Memasang %1.
ShutdownBlockReasonUninstallingApp=Menghapus %1.

[CustomMessages]
NameAndVersion=%1 versi %2
AdditionalIcons=Pintasan tambahan:
CreateDesktopIcon=Buat pintasan di &desktop
UninstallProgram=Hapus %1
LaunchProgram=Buka %1
