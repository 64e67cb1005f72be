# Windows supervisor for the kiosk app: run at logon by Task Scheduler (README,
# "Installing in a store"). Starts the app and starts it again whenever it exits,
# except after staff closed it from the admin screen (exit code 0).
param(
  [string]$App = "$env:ProgramFiles\Voice Kiosk\Voice Kiosk.exe",
  [int]$RestartDelaySeconds = 5
)
$env:KIOSK_SUPERVISED = "1"
while ($true) {
  $p = Start-Process -FilePath $App -PassThru -Wait
  if ($p.ExitCode -eq 0) { break }
  Start-Sleep -Seconds $RestartDelaySeconds
}
